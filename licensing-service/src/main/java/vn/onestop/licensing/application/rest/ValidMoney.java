package vn.onestop.licensing.application.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** An amount with no more decimals than its currency has (VND none, USD two). */
@Constraint(validatedBy = ValidMoney.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidMoney {
    String message() default "{onestop.currencyDecimals}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Uses the ISO 4217 minor units the JDK knows. */
    class Validator implements ConstraintValidator<ValidMoney, ApplicationRequest.MoneyDto> {
        @Override
        public boolean isValid(
                ApplicationRequest.MoneyDto money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null) {
                return true;
            }
            int allowed;
            try {
                allowed = Currency.getInstance(money.currency()).getDefaultFractionDigits();
                if (new BigDecimal(money.amount()).stripTrailingZeros().scale() <= allowed) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return true; // the field constraints report malformed values
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("currency", money.currency())
                    .addMessageParameter("digits", allowed)
                    .buildConstraintViolationWithTemplate("{onestop.currencyDecimals}")
                    .addPropertyNode("amount")
                    .addConstraintViolation();
            return false;
        }
    }
}
