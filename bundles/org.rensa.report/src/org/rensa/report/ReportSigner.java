// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.rensa.core.evidence.EvidenceSeal;
import org.rensa.core.io.AtomicFiles;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalSignatureContainer;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;

/**
 * Signs final PDF reports with the consultancy's certificate (PAdES baseline: an invisible
 * signature field, sub-filter {@code ETSI.CAdES.detached}, a CMS signature with the
 * signing-certificate-v2 attribute and no signing-time attribute, the time in the signature
 * dictionary; optionally an RFC 3161 signature time stamp from the project's time-stamping
 * authority, requested through {@link EvidenceSeal#timeStamp}). iText places the signature
 * (byte range, reserved contents) in the PDF, which stays PDF/A-2u; the CMS is built here with
 * BouncyCastle, so iText's cryptography adapter is not needed.
 *
 * <p>
 * The key comes from a PKCS#12 file whose password is given at signing time and never stored. The
 * keystore is opened and the certificate checked (valid on the signing day) by {@link #open} before
 * any report is written, so that a wrong password or an expired certificate writes nothing.
 */
public final class ReportSigner {

	static {
		// Without iText's cryptography adapter, iText's factory locator logs an error when the signer class
		// loads, although the path used here (an external signature container) never calls it.
		String key = "org.slf4j.simpleLogger.log.com.itextpdf.bouncycastleconnector"; //$NON-NLS-1$
		if (System.getProperty(key) == null) {
			System.setProperty(key, "off"); //$NON-NLS-1$
		}
	}

	private final PrivateKey key;
	private final List<X509Certificate> chain;
	private final Path keystore;

	private ReportSigner(PrivateKey key, List<X509Certificate> chain, Path keystore) {
		this.key = key;
		this.chain = chain;
		this.keystore = keystore;
	}

	/**
	 * Opens a PKCS#12 keystore and checks its signing certificate.
	 *
	 * @param keystore the PKCS#12 file
	 * @param password its password (also the key's)
	 * @param now      the signing time: the certificate must be valid then
	 * @return a signer with the first private key entry of the file
	 * @throws IOException one line: the file is missing or not PKCS#12, the password is wrong, it holds
	 *                     no private key with a certificate, or the certificate is expired or not yet valid
	 */
	public static ReportSigner open(Path keystore, char[] password, Instant now) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(keystore);
		} catch (NoSuchFileException e) {
			throw new IOException("signing keystore not found: " + keystore);
		} catch (IOException e) {
			throw new IOException("signing keystore not readable: " + keystore);
		}
		KeyStore store;
		try {
			store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
			store.load(new ByteArrayInputStream(bytes), password);
		} catch (IOException e) {
			if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null && e.getMessage().contains("password")) { //$NON-NLS-1$
				throw new IOException("wrong password for the signing keystore " + keystore);
			}
			throw new IOException("not a PKCS#12 keystore: " + keystore);
		} catch (GeneralSecurityException | RuntimeException e) {
			throw new IOException("not a PKCS#12 keystore: " + keystore);
		}
		try {
			for (String alias : Collections.list(store.aliases())) {
				if (!store.isKeyEntry(alias)) {
					continue;
				}
				Key key = store.getKey(alias, password);
				Certificate[] certificates = store.getCertificateChain(alias);
				if (!(key instanceof PrivateKey privateKey) || certificates == null || certificates.length == 0) {
					continue;
				}
				List<X509Certificate> chain = new ArrayList<>();
				for (Certificate certificate : certificates) {
					chain.add((X509Certificate) certificate);
				}
				X509Certificate signing = chain.get(0);
				Date at = Date.from(now);
				if (at.after(signing.getNotAfter())) {
					throw new IOException("the signing certificate " + name(signing) + " expired on "
							+ signing.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalDate() + " (" + keystore + ")");
				}
				if (at.before(signing.getNotBefore())) {
					throw new IOException("the signing certificate " + name(signing) + " is not valid before "
							+ signing.getNotBefore().toInstant().atOffset(ZoneOffset.UTC).toLocalDate() + " (" + keystore + ")");
				}
				return new ReportSigner(privateKey, List.copyOf(chain), keystore);
			}
		} catch (UnrecoverableKeyException e) {
			throw new IOException("wrong password for the key in the signing keystore " + keystore);
		} catch (GeneralSecurityException | ClassCastException e) {
			throw new IOException("unusable signing keystore " + keystore + ": " + e.getMessage());
		}
		throw new IOException("the signing keystore holds no private key with a certificate: " + keystore);
	}

	/** @return the signer's name (common name of the certificate, else its distinguished name) */
	public String signer() {
		return name(chain.get(0));
	}

	/** @return the keystore the key came from */
	public Path keystore() {
		return keystore;
	}

	/**
	 * Signs a PDF file in place: the signed file replaces it atomically, so it is either the unsigned
	 * or the signed file, never a half-written one.
	 *
	 * @param pdf    the PDF
	 * @param tsa    the time-stamping authority for a signature time stamp, or {@code null}
	 * @param now    the signing time written in the signature dictionary
	 * @throws IOException when the file cannot be read or signed, or the authority fails (one line)
	 */
	public void signInPlace(Path pdf, URI tsa, Instant now) throws IOException {
		AtomicFiles.write(pdf, sign(Files.readAllBytes(pdf), tsa, now));
	}

	/**
	 * @param pdf the PDF
	 * @param tsa the time-stamping authority for a signature time stamp, or {@code null}
	 * @param now the signing time written in the signature dictionary
	 * @return the signed PDF
	 * @throws IOException when the PDF cannot be signed or the authority fails (one line)
	 */
	public byte[] sign(byte[] pdf, URI tsa, Instant now) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536);
		Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
		date.setTimeInMillis(now.toEpochMilli());
		PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out, new StampingProperties());
		signer.setSignerProperties(new SignerProperties().setFieldName("Signature1").setClaimedSignDate(date) //$NON-NLS-1$
				.setReason("Final issue").setSignatureCreator("Rensa")); //$NON-NLS-1$ //$NON-NLS-2$
		int estimate = 8192 + (tsa == null ? 0 : 16384);
		for (X509Certificate certificate : chain) {
			try {
				estimate += certificate.getEncoded().length;
			} catch (CertificateEncodingException e) {
				throw new IOException("unusable signing certificate: " + e.getMessage());
			}
		}
		try {
			signer.signExternalContainer(new Container(tsa), estimate);
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot sign the report: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
		} catch (SigningFailure e) {
			throw e.getCause();
		} catch (RuntimeException e) {
			throw new IOException("cannot sign the report: " + e.getMessage());
		}
		return out.toByteArray();
	}

	/** Carries a one-line failure out of iText's signing call. */
	private static final class SigningFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		SigningFailure(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}
	}

	/** The CAdES detached signature over iText's byte range. */
	private final class Container implements IExternalSignatureContainer {

		private final URI tsa;

		Container(URI tsa) {
			this.tsa = tsa;
		}

		@Override
		public void modifySigningDictionary(PdfDictionary dictionary) {
			dictionary.put(PdfName.Filter, PdfName.Adobe_PPKLite);
			dictionary.put(PdfName.SubFilter, PdfName.ETSI_CAdES_DETACHED);
		}

		@Override
		public byte[] sign(InputStream data) throws GeneralSecurityException {
			try {
				// iText's range stream answers short reads: read it to its end chunk by chunk
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				byte[] buffer = new byte[65536];
				for (int read; (read = data.read(buffer)) >= 0;) {
					content.write(buffer, 0, read);
				}
				return cms(content.toByteArray(), tsa);
			} catch (IOException e) {
				throw new SigningFailure(e);
			}
		}
	}

	private byte[] cms(byte[] content, URI tsa) throws IOException {
		X509Certificate signing = chain.get(0);
		try {
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(signing.getEncoded()); //$NON-NLS-1$
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash,
					new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(signing.getIssuerX500Principal().getEncoded()))),
							signing.getSerialNumber()));
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
			info.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
				@Override
				@SuppressWarnings("rawtypes")
				public AttributeTable getAttributes(Map parameters) {
					// PAdES: the signing time is the signature dictionary's M, not a CMS attribute
					return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
				}
			});
			String algorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					: null;
			if (algorithm == null) {
				throw new IOException("unsupported signing key (" + key.getAlgorithm() + "): RSA or EC keys only");
			}
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(info.build(new JcaContentSignerBuilder(algorithm).build(key), signing));
			generator.addCertificates(new JcaCertStore(chain));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
			if (tsa != null) {
				SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
				TimeStampToken token = EvidenceSeal.timeStamp(tsa, MessageDigest.getInstance("SHA-256").digest(signer.getSignature())); //$NON-NLS-1$
				AttributeTable unsigned = new AttributeTable(new ASN1EncodableVector());
				unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, token.toCMSSignedData().toASN1Structure());
				signed = CMSSignedData.replaceSigners(signed,
						new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
			}
			return signed.getEncoded("DER"); //$NON-NLS-1$
		} catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
			throw new IOException("cannot sign the report: " + e.getMessage());
		}
	}

	private static String name(X509Certificate certificate) {
		X500Principal principal = certificate.getSubjectX500Principal();
		for (String part : principal.getName(X500Principal.RFC2253).split(",")) { //$NON-NLS-1$
			if (part.startsWith("CN=")) { //$NON-NLS-1$
				return part.substring(3).replace("\\", ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return principal.getName();
	}
}
