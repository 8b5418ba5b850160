// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.storage.AuditProjectDocument;

/**
 * Seals the evidence log heads a project recorded with an RFC 3161 time stamp from a time-stamping
 * authority (TSA) the user chooses: the heads as text go to {@code evidence-log/seals/<time>.heads},
 * the TSA's signed response over their SHA-256 to {@code <time>.tsr} beside it. Since the authority
 * signs the time and the digest, a log rewritten after its seal (even by the project's owner, who
 * could rewrite the heads in the model too) no longer reaches the sealed head, which {@link #verify}
 * reports. The TSA's certificate is checked to have signed the token; whether to trust that
 * authority is the reader's decision (its name is printed).
 */
public final class EvidenceSeal {

	/** The project-relative directory of seals. */
	public static final String DIRECTORY = EvidenceLog.DIRECTORY + "/seals";

	private static final String HEADER = "rensa-evidence-heads 1\n";
	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	/**
	 * What a seal covers and who sealed it.
	 *
	 * @param tsr       the response file, project-relative
	 * @param authority the TSA's name as in its certificate
	 * @param time      the time the TSA certified
	 * @param logs      the number of logs sealed
	 */
	public record Sealed(String tsr, String authority, String time, int logs) {
	}

	private EvidenceSeal() {
	}

	/**
	 * Requests a time stamp over the recorded heads and stores it with them.
	 *
	 * @param document an open project
	 * @param tsa      the time-stamping authority's URL (HTTP POST of {@code application/timestamp-query})
	 * @param clock    names the files
	 * @return the stored seal
	 * @throws IOException when there is nothing to seal, the authority cannot be reached, refuses or
	 *                     answers something else than a time stamp over the heads
	 */
	public static Sealed seal(AuditProjectDocument document, URI tsa, Clock clock) throws IOException {
		SortedMap<String, EvidenceLogHeads.Head> heads = EvidenceLogHeads.of(document).recorded();
		if (heads.isEmpty()) {
			throw new IOException("the project records no evidence log yet: nothing to seal");
		}
		byte[] text = headsText(heads);
		TimeStampResponse response = request(tsa, sha256(text), "the heads");
		Path directory = Files.createDirectories(document.getDirectory().resolve(DIRECTORY));
		String base = NAME.format(clock.instant());
		for (int n = 2; Files.exists(directory.resolve(base + ".tsr")); n++) {
			base = NAME.format(clock.instant()) + "-" + n;
		}
		AtomicFiles.write(directory.resolve(base + ".heads"), text);
		AtomicFiles.write(directory.resolve(base + ".tsr"), response.getEncoded());
		return describe(DIRECTORY + "/" + base + ".tsr", response.getTimeStampToken(), heads.size());
	}

	/**
	 * Requests an RFC 3161 time stamp over a SHA-256 digest: the one client of a time-stamping
	 * authority in Rensa (evidence seals, signatures of final reports).
	 *
	 * @param tsa    the time-stamping authority's URL (HTTP POST of {@code application/timestamp-query})
	 * @param sha256 the SHA-256 digest to stamp
	 * @return the authority's token, validated against the request (digest, nonce, certificate)
	 * @throws IOException when the authority cannot be reached, refuses or answers something else than
	 *                     a time stamp over the digest
	 */
	public static TimeStampToken timeStamp(URI tsa, byte[] sha256) throws IOException {
		return request(tsa, sha256, "the digest").getTimeStampToken();
	}

	private static TimeStampResponse request(URI tsa, byte[] sha256, String what) throws IOException {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, new SecureRandom()));
		byte[] answer;
		try {
			HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build().send(
					HttpRequest.newBuilder(tsa).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/timestamp-query")
							.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IOException("the time-stamping authority " + tsa + " answered HTTP " + response.statusCode());
			}
			answer = response.body();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + tsa);
		} catch (IllegalArgumentException e) {
			throw new IOException(tsa + ": not a usable URL");
		}
		TimeStampResponse response;
		try {
			response = new TimeStampResponse(answer);
			response.validate(request);
		} catch (TSPException | IOException | RuntimeException e) {
			throw new IOException("the time-stamping authority " + tsa + " did not grant a time stamp over " + what + ": " + e.getMessage());
		}
		if (response.getTimeStampToken() == null) {
			throw new IOException("the time-stamping authority " + tsa + " refused: " + response.getStatusString());
		}
		return response;
	}

	/**
	 * Checks every seal: the token is a valid signature of its authority over the SHA-256 of the sealed
	 * heads, and every sealed log still reaches its sealed head (it may have grown since).
	 *
	 * @param projectDirectory the project directory
	 * @param seals            receives each valid seal
	 * @return one finding per seal that fails or log changed after its seal
	 * @throws IOException when the seal directory cannot be listed
	 */
	public static List<EvidenceVerifier.Finding> verify(Path projectDirectory, List<Sealed> seals) throws IOException {
		Path directory = projectDirectory.resolve(DIRECTORY);
		List<EvidenceVerifier.Finding> findings = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return findings;
		}
		List<Path> tsrs;
		try (var listing = Files.list(directory)) {
			tsrs = listing.filter(p -> p.getFileName().toString().endsWith(".tsr")).sorted().toList();
		}
		for (Path tsr : tsrs) {
			String name = DIRECTORY + "/" + tsr.getFileName();
			Path headsFile = tsr.resolveSibling(tsr.getFileName().toString().replaceAll("\\.tsr$", ".heads"));
			TimeStampToken token;
			byte[] text;
			Map<String, EvidenceLogHeads.Head> sealed;
			try {
				text = Files.readAllBytes(headsFile);
				token = new TimeStampResponse(Files.readAllBytes(tsr)).getTimeStampToken();
				if (token == null) {
					throw new TSPException("no time stamp in the response");
				}
				X509CertificateHolder certificate = signer(token);
				token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
				if (!MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), sha256(text))) {
					throw new TSPException("it does not cover " + headsFile.getFileName() + " (the sealed heads were changed)");
				}
				String content = new String(text, StandardCharsets.UTF_8);
				if (!content.startsWith(HEADER)) {
					throw new TSPException(headsFile.getFileName() + " is not a list of sealed heads");
				}
				sealed = EvidenceLogHeads.parse(content.substring(HEADER.length()), name);
			} catch (IOException | TSPException | RuntimeException | org.bouncycastle.operator.OperatorCreationException
					| java.security.cert.CertificateException e) {
				findings.add(new EvidenceVerifier.Finding("SEAL", name, "the seal is not valid: " + e.getMessage()));
				continue;
			}
			Sealed described = describe(name, token, sealed.size());
			int before = findings.size();
			for (Map.Entry<String, EvidenceLogHeads.Head> entry : sealed.entrySet()) {
				Path log = projectDirectory.resolve(EvidenceLog.DIRECTORY).resolve(entry.getKey());
				EvidenceLogHeads.Head now;
				try {
					now = Files.isRegularFile(log) ? EvidenceLog.head(log, entry.getValue().lines()) : null;
				} catch (IOException e) {
					now = null;
				}
				if (!entry.getValue().equals(now)) {
					findings.add(new EvidenceVerifier.Finding("SEALED", EvidenceLog.DIRECTORY + "/" + entry.getKey(), "changed after it was "
							+ "sealed on " + described.time() + " by " + described.authority() + ": it no longer reaches line "
							+ entry.getValue().lines() + " with the sealed hash (" + name + ")"));
				}
			}
			if (findings.size() == before) {
				seals.add(described);
			}
		}
		return findings;
	}

	private static X509CertificateHolder signer(TimeStampToken token) throws TSPException {
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
		if (matches.isEmpty()) {
			throw new TSPException("the authority's certificate is not in the token");
		}
		return matches.iterator().next();
	}

	private static Sealed describe(String tsr, TimeStampToken token, int logs) {
		String authority;
		try {
			authority = signer(token).getSubject().toString();
		} catch (TSPException e) {
			authority = "an unnamed authority";
		}
		return new Sealed(tsr, authority, token.getTimeStampInfo().getGenTime().toInstant().toString(), logs);
	}

	private static byte[] headsText(SortedMap<String, EvidenceLogHeads.Head> heads) {
		return (HEADER + EvidenceLogHeads.format(heads)).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
