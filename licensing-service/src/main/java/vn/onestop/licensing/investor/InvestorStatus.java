package vn.onestop.licensing.investor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What investor-service tells about an investor; unknown fields are ignored for compatibility. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvestorStatus(
        UUID id,
        String status,
        String type,
        String legalName,
        String country,
        String ownerIssuer,
        String ownerSubject,
        String contactEmail) {

    public boolean isVerified() {
        return "VERIFIED".equals(status);
    }
}
