package vn.onestop.licensing.application.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.support.json.CanonicalJson;

/**
 * The content hash that freezes a dossier: SHA-256 over the RFC 8785 canonical JSON of the project
 * fields and the documents' hashes. Numbers and dates are carried as strings, since canonical JSON
 * would turn numbers into doubles.
 */
public final class DossierHash {

    private DossierHash() {}

    public static String of(String reference, ProjectDetails details, List<String> documentHashes) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("reference", reference);
        content.put("projectName", details.projectName());
        content.put("objectives", details.objectives());
        content.put("sectorCode", details.sectorCode());
        content.put("park", details.park());
        content.put("zone", details.zone());
        content.put("landAreaM2", details.landAreaM2().toPlainString());
        content.put("capitalAmount", details.totalCapital().amount().toPlainString());
        content.put("capitalCurrency", details.totalCapital().currency());
        content.put("constructionStart", String.valueOf(details.constructionStart()));
        content.put("operationStart", String.valueOf(details.operationStart()));
        content.put("expectedEmployees", String.valueOf(details.expectedEmployees()));
        content.put("environmentalCategory", details.environmentalCategory().name());
        content.put("documents", documentHashes.stream().sorted().toList());
        return CanonicalJson.sha256(CanonicalJson.of(content));
    }
}
