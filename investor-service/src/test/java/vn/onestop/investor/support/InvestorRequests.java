package vn.onestop.investor.support;

import java.time.LocalDate;
import java.util.UUID;
import vn.onestop.investor.investor.model.IdentityDocumentType;
import vn.onestop.investor.investor.model.InvestorType;
import vn.onestop.investor.investor.rest.AddressDto;
import vn.onestop.investor.investor.rest.IdentityDocumentDto;
import vn.onestop.investor.investor.rest.InvestorRequest;
import vn.onestop.investor.investor.rest.LegalRepresentativeDto;

/** Valid registration requests to start from; tests change what they are about. */
public final class InvestorRequests {

    public static final AddressDto HOA_LAC =
            new AddressDto("Lô CN1, Khu công nghệ cao Hòa Lạc", "Hà Nội", "100000", "VN");

    private InvestorRequests() {}

    /** A Japanese individual investor with a passport. */
    public static InvestorRequest individual() {
        return individualNamed("Tanaka Hiroshi " + shortId());
    }

    public static InvestorRequest individualNamed(String name) {
        return new InvestorRequest(
                InvestorType.INDIVIDUAL,
                name,
                "JP",
                new IdentityDocumentDto(
                        IdentityDocumentType.PASSPORT,
                        "TZ1234567",
                        "JP",
                        LocalDate.now().plusYears(5)),
                new AddressDto("1-1 Chiyoda", "Tokyo", "100-0001", "JP"),
                "tanaka@example.jp",
                "+81 3-1234-5678",
                null);
    }

    /** A Vietnamese company with its enterprise code and director. */
    public static InvestorRequest organization() {
        return new InvestorRequest(
                InvestorType.ORGANIZATION,
                "Công ty Cổ phần Sao Mai " + shortId(),
                "VN",
                new IdentityDocumentDto(
                        IdentityDocumentType.ENTERPRISE_REGISTRATION_CERTIFICATE,
                        "0108123456",
                        "VN",
                        null),
                HOA_LAC,
                "phaply@saomai.example",
                "+84 24 3825 1234",
                new LegalRepresentativeDto("Nguyễn Thị Minh Anh", "Tổng giám đốc", "VN"));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
