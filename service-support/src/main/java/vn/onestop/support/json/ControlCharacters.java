package vn.onestop.support.json;

/**
 * Characters that have no business in any text a client sends: the C0 controls other than tab, line
 * feed and carriage return, and DEL. NUL in particular cannot be stored (PostgreSQL refuses 0x00 in
 * text), so refusing them where input arrives turns a would-be 500 into a 400 naming the field.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean contains(CharSequence text) {
        return text.chars().anyMatch(ControlCharacters::isControl);
    }

    public static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }
}
