package vn.onestop.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.onestop.support.testing.MessageBundles;

class ProblemMessagesTest {

    @Test
    void shouldHaveEverySharedTextInVietnamese() {
        MessageBundles.assertTranslated("vn/onestop/support/problem/ProblemMessages.properties");
        for (ProblemType type : ProblemType.values()) {
            assertThat(Wording.of(type.titleKey()).inEnglish()).isEqualTo(type.title());
            assertThat(Wording.of(type.titleKey()).in(ProblemMessages.VIETNAMESE))
                    .isNotEqualTo(type.title());
        }
    }

    @Test
    void shouldPickTheFirstLanguageItHasAndEnglishOtherwise() {
        Locale vietnamese = ProblemMessages.VIETNAMESE;
        assertThat(
                        ProblemMessages.localeFor(
                                List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH)))
                .isEqualTo(vietnamese);
        assertThat(
                        ProblemMessages.localeFor(
                                List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor(List.of(Locale.JAPANESE))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void shouldWordArgumentsAsGivenAndNestedWordingsInTheSameLanguage() {
        Wording stale = Wording.of("if-match.stale", "\"3\"", "\"4\"");
        assertThat(stale.inEnglish())
                .isEqualTo(
                        "If-Match \"3\" does not match the current version \"4\"; read the resource again");
        assertThat(Wording.of("fields-invalid", 12).in(ProblemMessages.VIETNAMESE))
                .isEqualTo("12 trường không hợp lệ");
        assertThat(
                        Wording.of("json.one-of", Wording.of("json.number"))
                                .in(ProblemMessages.VIETNAMESE))
                .isEqualTo("phải là một trong: phải là số");
    }

    @Test
    void shouldShowInstantsInVietnamTime() {
        Wording stale =
                Wording.of("if-match.stale", Instant.parse("2026-12-04T15:20:56.612Z"), "x");
        assertThat(stale.in(ProblemMessages.VIETNAMESE))
                .startsWith("If-Match 22:20:56 ngày 04/12/2026 (giờ Việt Nam) không khớp");
        assertThat(stale.inEnglish())
                .startsWith("If-Match 4 Dec 2026, 22:20:56 (Vietnam time) does");
    }

    @Test
    void shouldSayTheKeyRatherThanFailWhenATextIsMissing() {
        assertThat(Wording.of("no-such-key", "x").inEnglish()).isEqualTo("no-such-key [x]");
    }
}
