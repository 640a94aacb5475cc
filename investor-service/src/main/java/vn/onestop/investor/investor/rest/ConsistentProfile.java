package vn.onestop.investor.investor.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.onestop.investor.investor.model.ProfileRules;

/**
 * Applies the cross-field {@link ProfileRules} during Bean Validation, so one response lists the
 * broken rules together with every single-field error.
 */
@Documented
@Constraint(validatedBy = ConsistentProfile.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentProfile {
    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each broken rule on the field it concerns. */
    class Validator implements ConstraintValidator<ConsistentProfile, InvestorRequest> {
        // Document expiry is judged by the authority's calendar day.
        private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

        @Override
        public boolean isValid(InvestorRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            var violations =
                    ProfileRules.check(
                            InvestorMapper.toProfile(request), LocalDate.now(AUTHORITY_ZONE));
            if (violations.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (ProfileRules.Violation violation : violations) {
                String[] path = violation.field().split("\\.");
                var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
                violation.parameters().forEach(hibernate::addMessageParameter);
                var builder =
                        hibernate
                                .buildConstraintViolationWithTemplate(
                                        "{" + violation.messageKey() + "}")
                                .addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    builder = builder.addPropertyNode(path[i]);
                }
                builder.addConstraintViolation();
            }
            return false;
        }
    }
}
