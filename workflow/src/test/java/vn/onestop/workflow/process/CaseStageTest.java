package vn.onestop.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stages' outcomes agree with the BPMN model and with the named groups of outcomes. */
class CaseStageTest {

    private static final String MODEL = "/bpmn/investment-licensing.bpmn";

    @Test
    void shouldRouteEveryOutcomeOfAnOfficialsStageInTheModel() throws IOException {
        String model = model();
        for (CaseStage stage : CaseStage.values()) {
            assertThat(model).contains("id=\"" + stage.activityId() + "\"");
            if (stage == CaseStage.CONSULTATION) {
                continue; // answers are collected, not routed: the appraiser reads them
            }
            for (String outcome : stage.outcomes()) {
                assertThat(model)
                        .as("%s routes %s", stage, outcome)
                        .contains("${" + stage.outcomeVariable() + " == '" + outcome + "'}");
            }
        }
    }

    @Test
    void shouldNameOnlyOutcomesSomeStageOffers() {
        Set<String> offered =
                Arrays.stream(CaseStage.values())
                        .flatMap(s -> s.outcomes().stream())
                        .collect(Collectors.toSet());
        assertThat(offered)
                .contains(CaseStage.SUPPLEMENT_NEEDED, CaseStage.CONSULT)
                .containsAll(CaseStage.REFUSING)
                .containsAll(CaseStage.ADVERSE)
                .containsAll(CaseStage.OBJECTIONS);
        assertThat(CaseStage.APPRAISAL.outcomes()).contains(CaseStage.CONSULT);
        assertThat(CaseStage.COMPLETENESS_CHECK.outcomes()).contains(CaseStage.SUPPLEMENT_NEEDED);
        assertThat(CaseStage.ENVIRONMENTAL_IMPACT_REVIEW.outcomes())
                .contains(CaseStage.SUPPLEMENT_NEEDED);
    }

    @Test
    void shouldNestTheGroupsOfAdverseOutcomes() {
        assertThat(CaseStage.ADVERSE).containsAll(CaseStage.REFUSING);
        assertThat(CaseStage.OBJECTIONS).containsAll(CaseStage.ADVERSE).contains("DISAGREE");
        // Every stage that can refuse offers a way forward too; none is all refusals.
        for (CaseStage stage : CaseStage.values()) {
            assertThat(stage.outcomes())
                    .as("%s", stage)
                    .isNotEmpty()
                    .anyMatch(o -> !CaseStage.OBJECTIONS.contains(o));
        }
    }

    private static String model() throws IOException {
        try (InputStream in = CaseStage.class.getResourceAsStream(MODEL)) {
            assertThat(in).as(MODEL).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
