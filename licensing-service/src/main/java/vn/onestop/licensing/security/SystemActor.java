package vn.onestop.licensing.security;

import java.util.Set;
import vn.onestop.support.security.Actor;

/** The actor of what the workflow does by itself (timers, the licence issue job). */
public final class SystemActor {

    public static final Actor WORKFLOW =
            new Actor(
                    "urn:onestop:licensing-service",
                    "workflow-engine",
                    "workflow-engine",
                    Set.of());

    private SystemActor() {}
}
