// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.RensaFactory;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code rensa seal} against a time-stamping authority the test runs itself (loopback HTTP, a
 * throw-away certificate), and {@code verify-evidence} checking the seal.
 */
final class EvidenceSealTest {

	@TempDir
	Path temp;

	private HttpServer server;
	private String url;
	private Path dir;

	@BeforeEach
	void startAuthorityAndRecord() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Rensa Test TSA");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
				Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")), name, keys.getPublic());
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		X509CertificateHolder certificate = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", keys.getPrivate(),
						new JcaX509CertificateConverter().getCertificate(certificate)),
				new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
		tokens.addCertificates(new CollectionStore<>(List.of(certificate)));
		TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		AtomicLong serial = new AtomicLong();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/tsa", exchange -> {
			try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
				byte[] answer = responses.generate(new TimeStampRequest(in.readAllBytes()), BigInteger.valueOf(serial.incrementAndGet()),
						new Date()).getEncoded();
				exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, answer.length);
				out.write(answer);
			} catch (Exception e) {
				exchange.sendResponseHeaders(500, -1);
			}
		});
		server.start();
		url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/tsa";

		dir = temp.resolve("p");
		AuditProjectDocument document = ProjectStorage.standard().create(dir, "Sealed evidence");
		EvidenceLogHeads heads = EvidenceLogHeads.of(document);
		for (int i = 0; i < 3; i++) {
			Evidence evidence = RensaFactory.eINSTANCE.createEvidence();
			evidence.setId("ev-" + i);
			evidence.setTitle("Note " + i);
			EvidenceFile file = RensaFactory.eINSTANCE.createEvidenceFile();
			file.setOriginalName("note-" + i + ".txt");
			file.setSha256("%064d".formatted(i));
			evidence.getFiles().add(file);
			heads.append(i < 2 ? "visit-a" : "visit-b", Instant.parse("2026-10-14T01:00:00Z").plusSeconds(i), "auditor-1", "recorded", evidence);
		}
		ProjectStorage.standard().save(document);
	}

	@AfterEach
	void stopAuthority() {
		server.stop(0);
	}

	@Test
	void aSealVerifiesAndALogAlteredAfterItIsReported() throws Exception {
		TestSupport.Run seal = TestSupport.rensa("seal", dir.toString(), "--tsa", url);
		assertEquals(0, seal.exitCode(), seal.out() + seal.err());
		assertTrue(seal.out().startsWith("sealed 2 evidence log heads: evidence-log/seals/"), seal.out());
		assertTrue(seal.out().contains("CN=Rensa Test TSA"), seal.out());
		try (var listing = Files.list(dir.resolve("evidence-log/seals"))) {
			assertEquals(2, listing.count(), "the heads and the authority's response");
		}
		TestSupport.Run clean = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(0, clean.exitCode(), clean.out());
		assertTrue(clean.out().contains("SEALED-OK\tevidence-log/seals/"), clean.out());
		assertTrue(clean.out().endsWith("2 evidence logs intact, 0 broken; 1 seals hold, 0 broken\n"), clean.out());

		// the owner rewrites visit-a's log and its head in the model: only the seal still tells
		Path log = EvidenceLog.file(dir, "visit-a");
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		Files.write(log, lines.subList(0, 1), StandardCharsets.UTF_8);
		Path heads = dir.resolve("model").resolve(EvidenceLogHeads.FILE);
		String first = lines.get(0);
		Files.writeString(heads, Files.readString(heads).replaceAll("visit-a\\.log\t2\t[0-9a-f]{64}",
				"visit-a.log\t1\t" + first.substring(first.lastIndexOf('\t') + 1)));
		TestSupport.Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode(), run.out());
		String[] out = run.lines();
		assertEquals(2, out.length, run.out());
		assertTrue(out[0].startsWith("SEALED\tevidence-log/visit-a.log\tchanged after it was sealed on "), out[0]);
		assertTrue(out[0].contains("it no longer reaches line 2 with the sealed hash"), out[0]);
		assertTrue(out[1].endsWith("2 evidence logs intact, 0 broken; 0 seals hold, 1 broken"), out[1]);
	}

	@Test
	void anEditedSealIsReported() throws Exception {
		assertEquals(0, TestSupport.rensa("seal", dir.toString(), "--tsa", url).exitCode());
		Path sealed;
		try (var listing = Files.list(dir.resolve("evidence-log/seals"))) {
			sealed = listing.filter(p -> p.toString().endsWith(".heads")).findFirst().orElseThrow();
		}
		Files.writeString(sealed, Files.readString(sealed).replace("visit-b.log\t1", "visit-b.log\t0"));
		TestSupport.Run run = TestSupport.rensa("verify-evidence", dir.toString());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.lines()[0].matches("SEAL\tevidence-log/seals/.*\\.tsr\tthe seal is not valid: it does not cover .*"), run.out());
	}

	@Test
	void sealingNeedsAnAuthority() {
		TestSupport.Run run = TestSupport.rensa("seal", dir.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("seal: missing --tsa"), run.err());
	}
}
