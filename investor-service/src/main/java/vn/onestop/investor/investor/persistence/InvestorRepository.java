package vn.onestop.investor.investor.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.investor.investor.model.Investor;
import vn.onestop.investor.investor.model.InvestorSearch;

/** Investor records in the {@code investor} table. */
@ApplicationScoped
public class InvestorRepository implements PanacheRepositoryBase<Investor, UUID> {

    public Optional<Investor> findByOwner(String issuer, String subject) {
        return find(
                        "owner.issuer = :issuer and owner.subject = :subject",
                        Parameters.with("issuer", issuer).and("subject", subject))
                .firstResultOptional();
    }

    /** One page of the records matching every given filter, newest first. */
    public List<Investor> search(InvestorSearch search, int page, int size) {
        return query(search).page(Page.of(page, size)).list();
    }

    public long count(InvestorSearch search) {
        return query(search).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Investor> query(InvestorSearch search) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.type() != null) {
            conditions.add("type = :type");
            parameters.and("type", search.type());
        }
        if (search.country() != null) {
            conditions.add("country = :country");
            parameters.and("country", search.country());
        }
        if (search.nameContains() != null && !search.nameContains().isBlank()) {
            conditions.add("lower(legalName) like :name escape '\\'");
            parameters.and("name", "%" + escapeLike(search.nameContains().toLowerCase()) + "%");
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where, Sort.descending("createdAt").and("id"), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
