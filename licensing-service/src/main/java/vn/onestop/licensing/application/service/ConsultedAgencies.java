package vn.onestop.licensing.application.service;

import java.util.Set;

/**
 * Which agencies a case was sent to for their opinion: their officials may read its file, as the
 * investor's and the board's may. Owned here, where the reading is decided, and implemented by the
 * task feature, which keeps the consultations.
 */
public interface ConsultedAgencies {

    /** Whether any of {@code agencies} (realm roles {@code agency-*}) was consulted on the case. */
    boolean anyConsulted(String caseReference, Set<String> agencies);
}
