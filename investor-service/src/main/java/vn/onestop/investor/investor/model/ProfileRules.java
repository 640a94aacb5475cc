package vn.onestop.investor.investor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules that tie a profile's fields together (single fields are checked by Bean Validation on
 * the request): which documents fit which investor type, when a document must carry an expiry date,
 * and the number formats of Vietnamese documents.
 */
public final class ProfileRules {

    /** A broken rule: the profile field it concerns and what is wrong. */
    public record Violation(String field, String message) {}

    private static final String VIETNAM = "VN";
    // Citizen identity card (CCCD): 12 digits. Enterprise/tax code: 10 digits, branches add -NNN.
    private static final Pattern VN_CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern VN_ENTERPRISE_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

    private ProfileRules() {}

    public static List<Violation> check(InvestorProfile profile, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        IdentityDocument document = profile.identityDocument();
        if (profile.type() == InvestorType.ORGANIZATION && profile.legalRepresentative() == null) {
            violations.add(new Violation("legalRepresentative", "is required for an organization"));
        }
        if (profile.type() == InvestorType.INDIVIDUAL && profile.legalRepresentative() != null) {
            violations.add(
                    new Violation("legalRepresentative", "must be absent for an individual"));
        }
        if (document != null && document.type() != null && profile.type() != null) {
            checkDocument(profile.type(), document, today, violations);
        }
        return violations;
    }

    private static void checkDocument(
            InvestorType type,
            IdentityDocument document,
            LocalDate today,
            List<Violation> violations) {
        var allowed =
                type == InvestorType.INDIVIDUAL
                        ? IdentityDocumentType.FOR_INDIVIDUALS
                        : IdentityDocumentType.FOR_ORGANIZATIONS;
        if (!allowed.contains(document.type())) {
            violations.add(
                    new Violation(
                            "identityDocument.type",
                            "must be one of "
                                    + allowed.stream().map(Enum::name).sorted().toList()
                                    + " for an investor of type "
                                    + type));
        }
        if (document.type().expires() && document.expiresOn() == null) {
            violations.add(
                    new Violation("identityDocument.expiresOn", "is required for this document"));
        }
        if (document.expiresOn() != null && !document.expiresOn().isAfter(today)) {
            violations.add(new Violation("identityDocument.expiresOn", "the document has expired"));
        }
        if (VIETNAM.equals(document.issuingCountry()) && document.number() != null) {
            checkVietnameseNumber(document, violations);
        }
    }

    private static void checkVietnameseNumber(
            IdentityDocument document, List<Violation> violations) {
        boolean valid =
                switch (document.type()) {
                    case CITIZEN_ID -> VN_CITIZEN_ID.matcher(document.number()).matches();
                    case TAX_CODE, ENTERPRISE_REGISTRATION_CERTIFICATE ->
                            VN_ENTERPRISE_CODE.matcher(document.number()).matches();
                    case PASSPORT -> true;
                };
        if (!valid) {
            String expected =
                    document.type() == IdentityDocumentType.CITIZEN_ID
                            ? "12 digits"
                            : "10 digits, optionally followed by -NNN for a branch";
            violations.add(
                    new Violation(
                            "identityDocument.number",
                            "a Vietnamese " + document.type() + " number has " + expected));
        }
    }
}
