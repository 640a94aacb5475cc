package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount in VND or USD. Carried as a decimal string on the wire (JSON numbers would become
 * doubles in canonical JSON) and as an exact numeric in the database.
 */
@Embeddable
public record Money(
        @Column(name = "capital_amount", nullable = false) BigDecimal amount,
        @Column(name = "capital_currency", nullable = false) String currency) {}
