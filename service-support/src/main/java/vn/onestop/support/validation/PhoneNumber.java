package vn.onestop.support.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dialable phone number in international form ({@code +84 24 3825 1234}), checked against
 * libphonenumber's numbering plans; null is valid.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {
    String message() default "{onestop.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses without a default region, so the number must carry its country code. */
    class Validator implements ConstraintValidator<PhoneNumber, String> {
        private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                return value.startsWith("+") && PHONES.isValidNumber(PHONES.parse(value, null));
            } catch (NumberParseException e) {
                return false;
            }
        }
    }
}
