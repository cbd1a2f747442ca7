package kz.bagalau.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The respondents' answers to one survey, aggregated on write and sealed: the number of answers and, per
 * competency, the sum of the ratings — never a single answer, never who gave it. The aggregate is stored
 * encrypted (AES-GCM, a fresh IV on every write, fixed length whatever the values), so that a database reader
 * without the application's sealing key sees neither the sums nor how they changed from one answer to the next.
 */
final class SealedTally {

    private static final int SLOTS = Competency.values().length;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int answers;
    private final int[] sums;

    private SealedTally(int answers, int[] sums) {
        this.answers = answers;
        this.sums = sums;
    }

    static SealedTally empty() {
        return new SealedTally(0, new int[SLOTS]);
    }

    /** The tally with one more respondent's ratings, indexed by {@link Competency#ordinal()}. */
    SealedTally plus(int[] ratings) {
        int[] next = sums.clone();
        for (int i = 0; i < SLOTS; i++) {
            next[i] += ratings[i];
        }
        return new SealedTally(answers + 1, next);
    }

    int answers() {
        return answers;
    }

    int sum(Competency c) {
        return sums[c.ordinal()];
    }

    /** Seals with a key derived from the configured secret. */
    String seal(String secret) {
        ByteBuffer plain = ByteBuffer.allocate(Integer.BYTES * (SLOTS + 1)).putInt(answers);
        for (int s : sums) {
            plain.putInt(s);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(secret), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.array());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a 360 tally", e);
        }
    }

    static SealedTally open(String sealed, String secret) {
        if (sealed == null) {
            return empty();
        }
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(secret), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
            int answers = plain.getInt();
            int[] sums = new int[SLOTS];
            for (int i = 0; i < SLOTS; i++) {
                sums[i] = plain.getInt();
            }
            return new SealedTally(answers, sums);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a 360 tally: was bagalau.survey.sealing-key changed?", e);
        }
    }

    private static SecretKeySpec key(String secret) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(digest, "AES");
    }
}
