package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineClassifierTests {

    @Test
    void recognisesExampleLines() {
        assertThat(LineClassifier.isExample("例：张三 3栋502 2盒")).isTrue();
        assertThat(LineClassifier.isExample("格式:张三 1袋")).isTrue();
        assertThat(LineClassifier.isExample("例如 王小明 1盒")).isTrue();
        assertThat(LineClassifier.isExample("李四 2盒")).isFalse();
    }

    @Test
    void recognisesPricedProductLines() {
        assertThat(LineClassifier.isPriceLine("麒麟西瓜 29.9元/个")).isTrue();
        assertThat(LineClassifier.isPriceLine("海南贵妃芒 团购价45/箱")).isTrue();
        assertThat(LineClassifier.isPriceLine("3元一块")).isTrue();
        assertThat(LineClassifier.isPriceLine("张三 2盒(已付50元/2盒)")).isFalse();
        assertThat(LineClassifier.isPriceLine("张三 2盒")).isFalse();
    }

    @Test
    void recognisesFooters() {
        assertThat(LineClassifier.isFooter("接龙人数:12")).isTrue();
        assertThat(LineClassifier.isFooter("余华 2盒")).isFalse();
    }
}
