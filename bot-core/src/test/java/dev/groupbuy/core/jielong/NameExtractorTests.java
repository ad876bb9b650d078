package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameExtractorTests {

    private final LineTokenizer tokenizer = new LineTokenizer(new CatalogMatcher(Catalogs.strawberries()));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "李四 2盒|李四",
                "陈哥1袋|陈哥",
                "Lily 王 1袋|Lily 王",
                "Mary Jane 2盒|Mary Jane",
                "小美🍓 草莓2|小美🍓",
                "9号楼1单元 陈哥 1箱|陈哥",
                "5-2-301 魏东 2箱|魏东",
                "邓琳:3盒|邓琳",
                "高飞,2盒|高飞",
                "三妹 2盒|三妹",
                "韩冰两斤|韩冰",
                "胖丫 要2盒|胖丫",
                "Amy 订3盒|Amy",
                "晴天☀️ 1|晴天☀️",
                "小草莓 2盒|小草莓",
                "刘 看情况|刘",
                "草莓2盒|''"
            })
    void findsTheName(String body, String name) {
        assertThat(NameExtractor.extract(tokenizer.tokenize(body)).text()).isEqualTo(name);
    }
}
