package app.nudge.service;

import app.nudge.store.ApplicationRepository;
import app.nudge.store.StaleApplicationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one read-change-write of the service, and once more when its write was refused as stale
 * (another computer wrote the same application between our read and our write): the second run
 * reads again and re-applies the change to the newer record, so both computers' changes are kept,
 * or the change's own checks refuse it against what is stored now. A second refusal in a row
 * (the application is being changed elsewhere right now) reaches the caller, nothing saved.
 *
 * <p>Each run gets its own repository from the supplier and does its read and its write through
 * it: the repository refuses a write whose read it did not see ({@link ApplicationRepository}).
 */
final class OnceMoreWhenStale {

    private final Supplier<ApplicationRepository> repository;
    private final Consumer<String> changedElsewhere;

    /** @param changedElsewhere told the id of an application found changed elsewhere, so views show the newer record */
    OnceMoreWhenStale(Supplier<ApplicationRepository> repository, Consumer<String> changedElsewhere) {
        this.repository = repository;
        this.changedElsewhere = changedElsewhere;
    }

    <T> T run(Function<ApplicationRepository, T> work) {
        try {
            try {
                return work.apply(repository.get());
            } catch (StaleApplicationException first) {
                changedElsewhere.accept(first.applicationId());
                return work.apply(repository.get());
            }
        } catch (StaleApplicationException second) {
            changedElsewhere.accept(second.applicationId());
            throw second;
        } catch (ChangedElsewhereException refused) {
            changedElsewhere.accept(refused.newer().id());
            throw refused;
        }
    }
}
