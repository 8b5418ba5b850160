// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

import com.sun.net.httpserver.HttpServer;

/**
 * Test fixtures for signed reports: a throw-away PKCS#12 keystore, a loopback time-stamping
 * authority, and the checks of a signed PDF by readers independent of iText (PDFBox finds the
 * signature and its byte range, BouncyCastle verifies the CMS over it, poppler's {@code pdfsig}
 * validates it as a PDF viewer would).
 */
final class Signatures {

	/** The password of the test keystores. */
	static final String PASSWORD = "correct horse";
	/** The subject's common name of the test certificates. */
	static final String SIGNER = "Kuroshio Assurance Partners";

	private Signatures() {
	}

	/**
	 * @param file      where the PKCS#12 file goes
	 * @param notBefore start of the certificate's validity
	 * @param notAfter  end of the certificate's validity
	 * @return the file
	 */
	static Path keystore(Path file, Instant notBefore, Instant notAfter) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=" + SIGNER + ", O=Kuroshio Assurance, C=JP");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
				Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("consultancy", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] { certificate });
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, PASSWORD.toCharArray());
		}
		return file;
	}

	/** @return a keystore valid from 2020 to 2040 */
	static Path keystore(Path file) throws Exception {
		return keystore(file, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
	}

	/** What the independent readers found in a signed PDF. */
	record Checked(String subFilter, SignerInformation signer, String pdfsig) {
	}

	/**
	 * Checks the one signature of a PDF: PDFBox finds it with a byte range covering the whole file
	 * except the signature, BouncyCastle verifies the CMS (signing-certificate-v2, no signing-time
	 * attribute) over those bytes, and {@code pdfsig} reports it valid and covering the whole document.
	 */
	static Checked check(Path pdf) throws Exception {
		byte[] bytes = Files.readAllBytes(pdf);
		String subFilter;
		byte[] contents;
		byte[] signedContent;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertEquals(1, signatures.size(), pdf + ": one signature");
			PDSignature signature = signatures.get(0);
			subFilter = signature.getSubFilter();
			int[] range = signature.getByteRange();
			assertEquals(0, range[0]);
			assertEquals(bytes.length, range[2] + range[3], "the byte range reaches the end of the file");
			contents = signature.getContents(bytes);
			signedContent = signature.getSignedContent(bytes);
			assertEquals(bytes.length - (range[2] - range[1]), signedContent.length);
		}
		assertEquals("ETSI.CAdES.detached", subFilter);
		CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		@SuppressWarnings("unchecked")
		X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
		assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)), "the CMS signature is valid over the byte range");
		assertTrue(certificate.getSubject().toString().contains("CN=" + SIGNER));
		assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2), "signing-certificate-v2");
		assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES: no signing-time attribute");
		return new Checked(subFilter, signer, pdfsig(pdf));
	}

	/** @return the output of {@code pdfsig FILE}, asserted to report one valid signature over the whole document */
	static String pdfsig(Path pdf) throws Exception {
		Process process = new ProcessBuilder("pdfsig", "-no-ocsp", pdf.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertTrue(output.contains("Signature Validation: Signature is Valid."), output);
		assertTrue(output.contains("Total document signed"), output);
		assertTrue(output.contains("Signature Type: ETSI.CAdES.detached"), output);
		assertTrue(output.contains("Common Name: " + SIGNER), output);
		return output;
	}

	/**
	 * @param signer a verified signer
	 * @return its signature time stamp, checked to cover the signature value
	 */
	static TimeStampToken timeStamp(SignerInformation signer) throws Exception {
		var attribute = signer.getUnsignedAttributes() == null ? null
				: signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
		assertNotNull(attribute, "signature time stamp");
		TimeStampToken token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
		assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()), token.getTimeStampInfo().getMessageImprintDigest());
		return token;
	}

	/** A time-stamping authority on the loopback interface with a throw-away certificate. */
	static final class Authority implements AutoCloseable {
		private final HttpServer server;
		final String url;

		Authority() throws Exception {
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
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}

	/** @return whether the folder is missing or empty */
	static boolean empty(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return true;
		}
		try (var files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
	}
}
