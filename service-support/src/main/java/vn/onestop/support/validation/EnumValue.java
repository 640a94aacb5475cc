package vn.onestop.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A text that names a constant of the given enum. Query parameters are taken as text and checked
 * with this, so a bad value is a 400 naming the parameter rather than JAX-RS's bare 404.
 */
@Documented
@Constraint(validatedBy = EnumValue.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumValue {
    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null and the exact names of the enum's constants. */
    class Validator implements ConstraintValidator<EnumValue, String> {
        private Class<? extends Enum<?>> type;

        @Override
        public void initialize(EnumValue annotation) {
            this.type = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null
                    || Arrays.stream(type.getEnumConstants())
                            .anyMatch(c -> c.name().equals(value))) {
                return true;
            }
            String allowed =
                    Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "));
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("allowed", allowed)
                    .buildConstraintViolationWithTemplate("{onestop.oneOf}")
                    .addConstraintViolation();
            return false;
        }
    }
}
