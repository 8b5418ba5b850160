// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;

/**
 * A real Git server on the loopback address for the tests: Debian's {@code git daemon} serving a
 * folder of bare repositories, with pushes enabled. Started and stopped by the test itself.
 */
final class GitServer implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path root;

	private GitServer(Process process, int port, Path root) {
		this.process = process;
		this.port = port;
		this.root = root;
	}

	/** Starts {@code git daemon} on a free loopback port serving {@code root}. */
	static GitServer start(Path root) throws IOException, InterruptedException {
		Files.createDirectories(root);
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Process process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--informative-errors",
				"--listen=127.0.0.1", "--port=" + port, "--base-path=" + root, root.toString())
				.redirectErrorStream(true).redirectOutput(root.resolve("daemon.log").toFile()).start();
		long deadline = System.currentTimeMillis() + 15_000;
		while (true) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				break;
			} catch (IOException e) {
				if (System.currentTimeMillis() > deadline || !process.isAlive()) {
					process.destroyForcibly();
					throw new IOException("git daemon did not start: " + Files.readString(root.resolve("daemon.log")));
				}
				Thread.sleep(50);
			}
		}
		return new GitServer(process, port, root);
	}

	/** Creates an empty bare repository and returns its URL. */
	String newRepository(String name) throws Exception {
		try (Git git = Git.init().setBare(true).setInitialBranch("main").setDirectory(root.resolve(name).toFile()).call()) {
			return url(name);
		}
	}

	String url(String name) {
		return "git://127.0.0.1:" + port + "/" + name;
	}

	Path path(String name) {
		return root.resolve(name);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
