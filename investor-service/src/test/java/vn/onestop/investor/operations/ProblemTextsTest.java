package vn.onestop.investor.operations;

import org.junit.jupiter.api.Test;
import vn.onestop.support.testing.MessageBundles;

/** The refusals of this service read in Vietnamese as completely as in English. */
class ProblemTextsTest {

    @Test
    void shouldHaveEveryTextInVietnamese() {
        MessageBundles.assertTranslated("ProblemMessages.properties");
    }
}
