package dev.groupbuy.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.chat.InboundMessage.ChainOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChainOwnersTextTests {

    private static final String ALPHABET = "ab 1.\t\n\r\\tn小美🍓接龙";

    @Test
    void anyOwnersSurviveTheRoundTripThroughText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            List<ChainOwner> owners = randomOwners(random);

            List<ChainOwner> parsed = ChainOwnersText.parse(ChainOwnersText.format(owners));

            assertThat(parsed).as("seed %d, owners %s", seed, owners).isEqualTo(owners);
        }
    }

    @Test
    void noOwnersAreStoredAsNothing() {
        assertThat(ChainOwnersText.format(List.of())).isNull();
        assertThat(ChainOwnersText.parse(null)).isEmpty();
    }

    private static List<ChainOwner> randomOwners(Random random) {
        List<ChainOwner> owners = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            owners.add(new ChainOwner(random.nextInt(200) - 1, randomText(random), randomText(random)));
        }
        return owners;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }
}
