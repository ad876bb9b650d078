package dev.groupbuy.core.jielong.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormFieldsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "姓名：小彭 楼号：2栋 数量：2|小彭 2 （2栋）",
                "楼号：6栋 姓名：杨阿姨 数量：1|杨阿姨 1 （6栋）",
                "区域：雁塔 姓名：老陕 商品：肉夹馍2袋 凉皮3份|老陕 肉夹馍2袋 凉皮3份 （雁塔）",
                "姓名：刘敏 电话：139****2231 地址：雁塔区小寨 数量：2箱|刘敏 2箱 （139****2231 雁塔区小寨）",
                "姓名：小周 楼号：12栋 数量：2 备注：放门卫|小周 2 放门卫 （12栋）",
                "姓名:罗师傅 楼号:8栋 数量:取消|罗师傅 取消 （8栋）",
                "姓名：李秀英（团长代接） 数量：1箱|李秀英 1箱",
                "团长代接：王姨 2|王姨 2",
                "团长代：刘阿婆 1块 钱已收|刘阿婆 1块 钱已收",
                "代报：刘大爷两盒(7栋)|刘大爷两盒(7栋)"
            })
    void putsAFilledInFormInReadingOrder(String line, String read) {
        assertThat(FormFields.rewrite(line)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"小彭 2栋 2袋", "小周 数量：2", "王姐 备注：放门卫 2盒", "阿杰 代购一盒"})
    void leavesOtherLinesAsTheyAre(String line) {
        assertThat(FormFields.rewrite(line)).isEqualTo(line);
    }
}
