package vn.onestop.investor.investor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules that tie a profile's fields together (single fields are checked by Bean Validation on
 * the request): which documents fit which investor type, when a document must carry an expiry date,
 * and the number formats of Vietnamese documents.
 */
public final class ProfileRules {

    /**
     * A broken rule: the profile field it concerns and what is wrong, as a message key with its
     * parameters, worded in each language by the request's ValidationMessages bundle.
     */
    public record Violation(String field, String messageKey, Map<String, String> parameters) {
        public Violation {
            parameters = Map.copyOf(parameters);
        }

        Violation(String field, String messageKey) {
            this(field, messageKey, Map.of());
        }
    }

    private static final String VIETNAM = "VN";
    // Citizen identity card (CCCD): 12 digits. Enterprise/tax code: 10 digits, branches add -NNN.
    private static final Pattern VN_CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern VN_ENTERPRISE_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

    private ProfileRules() {}

    public static List<Violation> check(InvestorProfile profile, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        IdentityDocument document = profile.identityDocument();
        if (profile.type() == InvestorType.ORGANIZATION && profile.legalRepresentative() == null) {
            violations.add(
                    new Violation("legalRepresentative", "onestop.profile.representativeRequired"));
        }
        if (profile.type() == InvestorType.INDIVIDUAL && profile.legalRepresentative() != null) {
            violations.add(
                    new Violation("legalRepresentative", "onestop.profile.representativeAbsent"));
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
                            "onestop.profile.documentTypeFor",
                            Map.of(
                                    "allowed",
                                    allowed.stream().map(Enum::name).sorted().toList().toString(),
                                    "investorType",
                                    type.name())));
        }
        if (document.type().expires() && document.expiresOn() == null) {
            violations.add(
                    new Violation("identityDocument.expiresOn", "onestop.profile.expiryRequired"));
        }
        if (document.expiresOn() != null && !document.expiresOn().isAfter(today)) {
            violations.add(new Violation("identityDocument.expiresOn", "onestop.profile.expired"));
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
            violations.add(
                    new Violation(
                            "identityDocument.number",
                            document.type() == IdentityDocumentType.CITIZEN_ID
                                    ? "onestop.profile.vietnameseCitizenId"
                                    : "onestop.profile.vietnameseEnterpriseCode",
                            Map.of("documentType", document.type().name())));
        }
    }
}
