package vn.onestop.workflow.process;

/**
 * Environmental category of a project (Law on Environmental Protection 2020, art. 28): Groups I and
 * II need an impact assessment, Group III an environmental registration, Group IV nothing.
 */
public enum EnvironmentalCategory {
    I,
    II,
    III,
    IV
}
