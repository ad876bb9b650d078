package dev.groupbuy.core.jielong.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void foldsFullWidthDigitsLettersAndPunctuation() {
        assertThat(TextNormalizer.normalize("１．张三　２盒（Ａ区）")).isEqualTo("1.张三 2盒(A区)");
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
}
