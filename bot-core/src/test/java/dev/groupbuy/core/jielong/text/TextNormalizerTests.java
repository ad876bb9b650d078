package dev.groupbuy.core.jielong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void foldsFullWidthDigitsLettersAndPunctuation() {
        assertThat(TextNormalizer.normalize("１．张三　２盒（Ａ区）")).isEqualTo("1.张三 2盒(A区)");
    }

    @Test
    void joinsANumberToThe号TypedApartFromIt() {
        assertThat(TextNormalizer.normalize("21. 老金 3 号 2 份")).isEqualTo("21. 老金 3号 2 份");
        assertThat(TextNormalizer.normalize("老金 3 2号")).isEqualTo("老金 3 2号");
        String text = "张 3 号 1 包";
        int[] origins = TextNormalizer.origins(text);
        assertThat(TextNormalizer.asWritten(
                        text, origins, 0, TextNormalizer.normalize(text).length()))
                .isEqualTo("张 3号 1 包");
    }

    @Test
    void unifiesLineEndingsAndDropsInvisibleMarks() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\u200Bd\uFEFF")).isEqualTo("a\nb\ncd");
    }

    @Test
    void keepsEmojiWithTheirJoinersAndSelectors() {
        assertThat(TextNormalizer.normalize("晴天☀️ 👨‍👩‍👧")).isEqualTo("晴天☀️ 👨‍👩‍👧");
    }

    @Test
    void trimsSeparatorsAroundNames() {
        assertThat(TextNormalizer.trimSeparators("@张三 、")).isEqualTo("张三");
        assertThat(TextNormalizer.trimSeparators(", 张三: ")).isEqualTo("张三");
    }

    @Test
    void turnsKeycapDigitsIntoPlainDigits() {
        assertThat(TextNormalizer.normalize("2\uFE0F\u20E3盒")).isEqualTo("2盒");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void foldsTheTraditionalFormsOfTeaKitchenAndFishWords() {
        assertThat(TextNormalizer.normalize("冻頂烏龍 2包 廚房紙 鯧魚 夠了")).isEqualTo("冻顶乌龙 2包 厨房纸 鲳鱼 够了");
        assertThat(TextNormalizer.normalize("伍姐 陸份")).isEqualTo("伍姐 六份");
    }
}
