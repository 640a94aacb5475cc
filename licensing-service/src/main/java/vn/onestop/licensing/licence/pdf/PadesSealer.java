package vn.onestop.licensing.licence.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with the authority's e-seal as PAdES baseline B: an incremental update holding a
 * detached CMS signature (SubFilter ETSI.CAdES.detached) whose signed attributes are content type,
 * message digest, the ESS signing-certificate-v2 reference and CMS algorithm protection. The
 * signing time is the signature dictionary's M entry, as PAdES requires, not a CMS attribute.
 *
 * <p>Baseline T and LT extend this without changing it: T adds an RFC 3161 signature time-stamp as
 * an unsigned attribute of the signer info ({@link #unsignedAttributes}); LT then adds a DSS
 * dictionary with certificates and revocation data in a further incremental update.
 */
public class PadesSealer {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signerName;

    public PadesSealer(PrivateKey key, List<X509Certificate> chain, String signerName) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signerName = signerName;
    }

    /** Returns the sealed PDF: the original bytes, untouched, followed by the signed revision. */
    public byte[] seal(byte[] pdf, String reason, String location, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(time);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(pdf.length + 32_768);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, this::cms, options);
                document.saveIncremental(sealed);
            }
            return sealed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    /** The PDFBox {@link SignatureInterface}: a detached CMS over the signed byte ranges. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate signer = chain.get(0);
            String algorithm =
                    key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            var signedAttributes =
                    new DefaultSignedAttributeTableGenerator(signingCertificate(signer)) {
                        @Override
                        @SuppressWarnings({"rawtypes", "unchecked"})
                        protected Hashtable createStandardAttributeTable(Map parameters) {
                            Hashtable table = super.createStandardAttributeTable(parameters);
                            table.remove(CMSAttributes.signingTime);
                            return table;
                        }
                    };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(
                                    new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(signedAttributes)
                            .setUnsignedAttributeGenerator(parameters -> unsignedAttributes())
                            .build(new JcaContentSignerBuilder(algorithm).build(key), signer));
            generator.addCertificates(new JcaCertStore(chain));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot build the CMS signature", e);
        }
    }

    /** Baseline B has none; baseline T would return the signature time-stamp token here. */
    protected AttributeTable unsignedAttributes() {
        return null;
    }

    private static AttributeTable signingCertificate(X509Certificate signer)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(
                new Attribute(
                        (ASN1ObjectIdentifier) PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))));
        return new AttributeTable(attributes);
    }
}
