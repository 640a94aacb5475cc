package vn.onestop.investor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.support.testing.ContractOperations;

/**
 * Every operation the committed contract offers, called as every role and without a token: the
 * roles its security requirement names get through (never 401, 403 or a 5xx), every other role gets
 * 403, and no token gets 401 unless the operation is public. New operations are covered as soon as
 * they are in the contract.
 */
@QuarkusTest
class ContractAuthorizationTest extends ApiTest {

    private static final List<String> ROLES =
            List.of("investor", "reception", "auditor", "investor-status-reader");

    static List<ContractOperations.Operation> operations() {
        return ContractOperations.of("investor-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldAllowExactlyTheRolesTheContractStates(ContractOperations.Operation operation) {
        assertThat(operation.misbehaviours(ROLES)).as(operation.toString()).isEmpty();
    }
}
