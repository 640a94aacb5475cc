package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount in VND or USD. Carried as a decimal string on the wire (JSON numbers would become
 * doubles in canonical JSON) and as an exact numeric in the database. A draft may have given only
 * one of the two.
 */
@Embeddable
public record Money(
        @Column(name = "capital_amount") BigDecimal amount,
        @Column(name = "capital_currency") String currency) {}
