package kz.bagalau.acquaintance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.bagalau.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how and when a servant was acquainted with a result: the proof the law asks for
 * (003 §11, 004 §10, 000 §40-41, 002 §68).
 */
@Service
@Transactional
public class Acquaintances {

    private final AcquaintanceRepository repository;
    private final Clock clock;

    Acquaintances(AcquaintanceRepository repository) {
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    /** The servant read the result in Tasklist. */
    public Acquaintance inTasklist(String subjectKey, String processInstanceId, String servantLogin) {
        return repository.save(new Acquaintance(subjectKey, processInstanceId, servantLogin,
                AcquaintanceChannel.TASKLIST, Instant.now(clock), null, null, servantLogin));
    }

    /** The servant signed the result in writing before HR (000 §40-41); {@code proof} names the signed document. */
    public Acquaintance inWriting(String subjectKey, String processInstanceId, String servantLogin, String proof,
                                  String recordedBy) {
        return repository.save(new Acquaintance(subjectKey, processInstanceId, servantLogin,
                AcquaintanceChannel.IN_WRITING, Instant.now(clock), LocalDate.now(clock),
                proof == null || proof.isBlank() ? null : proof.trim(), recordedBy));
    }

    /**
     * The servant refused to sign (000 §41, 001): the act of refusal signed by the HR specialist and two other
     * servants, and the result sent through an electronic channel that records delivery.
     */
    public Acquaintance refusalAct(String subjectKey, String processInstanceId, String servantLogin,
                                   List<String> actSigners, String channel, LocalDate deliveredOn, String proof,
                                   String recordedBy) {
        String act = "Refusal act signed by " + String.join(", ", actSigners) + "; "
                + (proof == null ? "" : proof.trim());
        return repository.save(validated(subjectKey, processInstanceId, servantLogin, channel, deliveredOn, proof,
                recordedBy, act).refused());
    }

    /** HR sent the result by a channel that records delivery, with the proof. */
    public Acquaintance byExternalChannel(String subjectKey, String processInstanceId, String servantLogin,
                                          String channel, LocalDate deliveredOn, String proof, String recordedBy) {
        return repository.save(validated(subjectKey, processInstanceId, servantLogin, channel, deliveredOn, proof,
                recordedBy, proof == null ? null : proof.trim()));
    }

    private Acquaintance validated(String subjectKey, String processInstanceId, String servantLogin, String channel,
                                   LocalDate deliveredOn, String proof, String recordedBy, String storedProof) {
        AcquaintanceChannel parsed;
        try {
            parsed = AcquaintanceChannel.external(channel);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (deliveredOn == null) {
            throw new BadRequestException("Enter the date the result was sent");
        }
        if (deliveredOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new BadRequestException("The date the result was sent (" + deliveredOn + ") is in the future");
        }
        if (proof == null || proof.isBlank()) {
            throw new BadRequestException("Enter the proof of delivery (receipt number, delivery notice)");
        }
        return new Acquaintance(subjectKey, processInstanceId, servantLogin, parsed, Instant.now(clock), deliveredOn,
                storedProof, recordedBy);
    }

    @Transactional(readOnly = true)
    public List<Acquaintance> of(String subjectKey) {
        return repository.findBySubjectKeyOrderByAcquaintedAt(subjectKey);
    }
}
