package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SequenceNumberReaderTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1. 李四|1|李四",
                "12、王五|12|王五",
                "3 赵六|3|赵六",
                "4)孙七|4|孙七",
                "5, 周八|5|周八",
                "6:吴九|6|吴九",
                "  7. 郑十|7|郑十",
                "①林峰|1|林峰",
                "⑳ 罗娟|20|罗娟",
                "⑴ 陈静|1|陈静",
                "10.高飞2箱|10|高飞2箱",
                "5,8-3-502 青椒1|5|8-3-502 青椒1"
            })
    void readsTheNumberAndWhereTheBodyStarts(String line, int seq, String body) {
        SequenceNumber read = SequenceNumberReader.read(line).orElseThrow();

        assertThat(read.value()).isEqualTo(seq);
        assertThat(line.substring(read.bodyStart())).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5斤", "1,500", "3栋502 张三", "1号 猪肉白菜", "5-2-301 魏东", "张三 2盒", "", "   ", "123456. x", "7"})
    void ignoresNumbersThatAreNotSequenceNumbers(String line) {
        assertThat(SequenceNumberReader.read(line)).isEmpty();
    }
}
