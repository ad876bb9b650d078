package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fingerprints ignore how whitespace was typed; the fast path agrees with the regular expression. */
class SeenLineTests {

    private static final String ALPHABET = "ab王五 \t\n\u3000\u00A0\u2003";

    @Test
    void squeezingAgreesWithTheRegularExpressionOnRandomTexts() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String value = text.toString();
            String expected = value.replaceAll("[\\s\\u3000\\u00A0]+", " ").strip();
            assertThat(SeenLine.squeeze(value))
                    .as("seed %d, text [%s]", seed, value)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theSameLineTypedWithOtherSpacesHasTheSameFingerprint() {
        assertThat(SeenLine.fingerprint("王五", "2盒  草莓")).isEqualTo(SeenLine.fingerprint(" 王五", "2盒\u3000草莓 "));
        assertThat(SeenLine.fingerprint("王五", "2盒")).isNotEqualTo(SeenLine.fingerprint("王五", "3盒"));
    }
}
