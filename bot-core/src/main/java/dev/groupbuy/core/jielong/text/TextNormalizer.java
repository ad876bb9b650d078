package dev.groupbuy.core.jielong.text;

/**
 * Folds the typing variants people use in WeChat into one form: full-width ASCII (digits, letters,
 * punctuation, brackets) becomes ASCII, odd spaces become a plain space, invisible marks and keycap marks ({@code 2️⃣}) go away and line
 * endings become {@code \n}. Emoji (including their joiners and variation selectors) are kept.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /**
     * Traditional characters residents in Guangdong, Hong Kong and Taiwan type ({@code 幫三樓陳婆婆 2隻}), and their
     * simplified forms, pair by pair: the words of ordering, units, common foods and family names, and the Cantonese
     * words with a Mandarin twin ({@code 係} is 是, {@code 咗} 了). Only these are
     * folded, so the line is read as any other; the name is given back as written ({@link #origins}).
     */
    private static final String TRADITIONAL =
            "幫係樓個隻條號裡裏邊與還這們給訂買來換為對門單數價錢轉時點幾開關兒雞鴨魚蝦麵餅蘿蔔湯燒飯醬糰團廣東區層電話謝煩貨車場間龍鳳爺媽婦陳黃劉張吳趙鄭楊馬羅葉蘇鄧鍾譚盧蕭韓鄒壽燉蓮鮮紅綠藍蘋鹹滷臘腸蠔鵝雲餃賣飲檸蘭劃記報帶讓請嗎萬兩歲國誰沒聽說會見頭啟寫讀從後裝筆紙盤絲線園灣廈體辦動學師長貝涼糧餚須規購發訊處導務顧題問應該當過麼樣種總計統結確認終齊預咗棟乾斬細淨熱剝殼選膠鹽醫藥塊雙組級費優贈氣凍嬸孫歡樂寶貓豬腳蔥薑棗銀華偉麗靜強軍濤鵬飛輝傑寧陽晉衛鄉鎮莊廳館鋪舖滿嚴顏碼離賬錯舊資純禮撻續機濃無運郵態聯繫網銅鐵鋼鍋壺籃蠣魷鰻鱸鯽鯉鱔筍櫻蘆麥麩餛飩饅餡麪醃燜燴綫濕潔髮護膚約業戶鄰囉愛親奧蔣瀋錦馮閆閻龔嶽賀賴龐紀鄺歐陸溫聶駱儀瑩靈穎婭嬌豐祿貴榮興財順達義勝聖誠實際濱鳴鮑鴿鵪鶉煙飪餵飽餓鍵鹵雜膩鬆軟澀腎脅臟橫豎斷嘗嚐湊蓋葷齒顆輛罈壇漿擔紮箇倆變丨捲饃夾倉靚烏頂樅廚夠粵衝臺檯鬍髒參鯧鱈鯛蟶螄鯪鰱鱖鮭鯖燻觀駿褲襪領穀餘勞爐燈視備擺攤檔櫃週遞嬤姪僑鵰糉驢鯊霧";

    private static final String SIMPLIFIED =
            "帮是楼个只条号里里边与还这们给订买来换为对门单数价钱转时点几开关儿鸡鸭鱼虾面饼萝卜汤烧饭酱团团广东区层电话谢烦货车场间龙凤爷妈妇陈黄刘张吴赵郑杨马罗叶苏邓钟谭卢萧韩邹寿炖莲鲜红绿蓝苹咸卤腊肠蚝鹅云饺卖饮柠兰划记报带让请吗万两岁国谁没听说会见头启写读从后装笔纸盘丝线园湾厦体办动学师长贝凉粮肴须规购发讯处导务顾题问应该当过么样种总计统结确认终齐预了栋干斩细净热剥壳选胶盐医药块双组级费优赠气冻婶孙欢乐宝猫猪脚葱姜枣银华伟丽静强军涛鹏飞辉杰宁阳晋卫乡镇庄厅馆铺铺满严颜码离账错旧资纯礼挞续机浓无运邮态联系网铜铁钢锅壶篮蛎鱿鳗鲈鲫鲤鳝笋樱芦麦麸馄饨馒馅面腌焖烩线湿洁发护肤约业户邻啰爱亲奥蒋沈锦冯闫阎龚岳贺赖庞纪邝欧陆温聂骆仪莹灵颖娅娇丰禄贵荣兴财顺达义胜圣诚实际滨鸣鲍鸽鹌鹑烟饪喂饱饿键卤杂腻松软涩肾胁脏横竖断尝尝凑盖荤齿颗辆坛坛浆担扎个俩变|卷馍夹仓靓乌顶枞厨够粤冲台台胡脏参鲳鳕鲷蛏蛳鲮鲢鳜鲑鲭熏观骏裤袜领谷余劳炉灯视备摆摊档柜周递嬷侄侨雕粽驴鲨雾";

    private static final char[] SIMPLE = simpleForms();

    private static char[] simpleForms() {
        char[] out = new char[0x10000];
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            out[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
        return out;
    }

    /** Whether {@code text} holds one of the traditional characters that normalising folds. */
    public static boolean hasTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SIMPLE[text.charAt(i)] != 0) {
                return true;
            }
        }
        return false;
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return alreadyNormal(text) ? text : fold(text, null);
    }

    /**
     * Where each character of {@link #normalize}'s result stands in {@code text}, or {@code null} when normalising
     * changes nothing: a name is given back as written ({@code ＫＫ}, {@code ８－１－５０２}) from it.
     */
    public static int[] origins(String text) {
        if (text == null || alreadyNormal(text)) {
            return null;
        }
        int[] origins = new int[text.length()];
        fold(text, origins);
        return origins;
    }

    /**
     * {@code normalized.substring(from, to)} as it was written in {@code text}, whose {@link #origins} are given:
     * full-width letters and digits and odd spaces as they were, characters normalising dropped left out.
     */
    public static String asWritten(String text, int[] origins, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(text.charAt(origins[i]));
        }
        return out.toString();
    }

    private static String fold(String text, int[] origins) {
        char[] chars = text.toCharArray();
        int w = 0;
        int separator;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (origins != null) {
                origins[w] = i;
            }
            if (c >= '\u3400' && c < '\uD800') {
                chars[w++] = hanAsRead(text, i, c); // most of a chain: nothing here is dropped or a separator
            } else if (c < 128 && c != '\r' && c != '\t') {
                if (c != ' ' || !isSpaceInACode(text, i)) {
                    chars[w++] = c; // 3 号 2 份: the space in the code typed apart from its number left out
                }
            } else if (c == '\r') {
                chars[w++] = '\n';
                if (i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[w++] = (char) (c - 0xFEE0);
            } else if (c == '\t' || isWideSpace(c)) {
                chars[w++] = ' ';
            } else if (c == '\u2028' || c == '\u2029') {
                chars[w++] = '\n';
            } else if (c == '\u2795') {
                chars[w++] = '+'; // 1盒➕1盒: the heavy plus sign of the emoji keyboard
            } else if (c == '\u20E3'
                    || (c == '\uFE0F'
                            && w > 0
                            && ((chars[w - 1] >= '0' && chars[w - 1] <= '9') || chars[w - 1] == '✖'))) {
                continue;
            } else if ((separator = separatorAt(text, i)) > 0) {
                chars[w++] = ' '; // 莉莉👉A3👉C1, 🏠3栋 👤郝姐 📦2提: pointers and field marks between the parts
                i += separator - 1;
                if (i + 1 < chars.length && chars[i + 1] == '\uFE0F') {
                    i++;
                }
            } else if (isFormalCount(text, i)) {
                chars[w++] = c == '伍' ? '五' : '六';
            } else if (SIMPLE[c] != 0) {
                chars[w++] = SIMPLE[c];
            } else if (c != '\u200B' && c != '\uFEFF' && c != '\u200E' && c != '\u200F') {
                chars[w++] = c;
            }
        }
        return new String(chars, 0, w);
    }

    /**
     * A character from {@code U+3400} up to the surrogates (Han, Hangul, Yi), which normalising never drops: its
     * simplified form, or 五/六 for a formal count.
     */
    private static char hanAsRead(String text, int i, char c) {
        if ((c == '伍' || c == '陆' || c == '陸') && isFormalCount(text, i)) {
            return c == '伍' ? '五' : '六';
        }
        char simple = SIMPLE[c];
        return simple != 0 ? simple : c;
    }

    /**
     * Symbols people put between the parts of a line instead of a space — pointing hands, bullets and play signs
     * ({@code 👉 ▶️ 🔸 ▪️}) — and the pictures the 接龙 tools put before each field ({@code 👤 🏠 📦 📌 📞}).
     */
    private static final int[] SEPARATORS = {
        0x25AA, 0x25AB, 0x25B6, 0x25B8, 0x25BA, 0x25C6, 0x25C7, 0x1F448, 0x1F449, 0x1F464, 0x1F3E0, 0x1F3E1, 0x1F4CC,
        0x1F4CD, 0x1F4DE, 0x1F4E6, 0x1F4F1, 0x1F536, 0x1F537, 0x1F538, 0x1F539
    };

    /** How many chars the separator symbol at {@code i} takes (1 or 2), or 0 when there is none. */
    private static int separatorAt(String text, int i) {
        char c = text.charAt(i);
        if (c < '\u25AA' || (c > '\u25C7' && !Character.isHighSurrogate(c))) {
            return 0;
        }
        int cp = text.codePointAt(i);
        for (int s : SEPARATORS) {
            if (s == cp) {
                return Character.charCount(cp);
            }
        }
        return 0;
    }

    /**
     * The spaces other than ASCII's: the ideographic space, the no-break space, and the typographic ones WeChat puts
     * after an @mention ({@code @团长\u2005王姐}).
     */
    private static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    /** Whether {@code text} holds a full-width digit or Latin letter ({@code ＫＫ}, {@code ８}), which a name may keep. */
    public static boolean hasFullWidthLettersOrDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19')
                    || (c >= '\uFF21' && c <= '\uFF3A')
                    || (c >= '\uFF41' && c <= '\uFF5A')) {
                return true;
            }
        }
        return false;
    }

    /** {@code 3 号}: a space between a number and 号 after it, which makes the leader's code. */
    private static boolean isSpaceInACode(String text, int i) {
        return text.charAt(i) == ' '
                && i > 0
                && i + 1 < text.length()
                && text.charAt(i + 1) == '号'
                && text.charAt(i - 1) >= '0'
                && text.charAt(i - 1) <= '9';
    }

    /**
     * {@code 伍斤}, {@code 陆份}: the formal 伍 and 陆 right before a unit are counts (five, six); elsewhere they are
     * surnames ({@code 伍姐}, {@code 陆老师}), which {@link ChineseNumerals} never reads as numbers.
     */
    private static boolean isFormalCount(String text, int i) {
        char c = text.charAt(i);
        return (c == '伍' || c == '陆' || c == '陸')
                && i + 1 < text.length()
                && COUNTED_IN.indexOf(text.charAt(i + 1)) >= 0;
    }

    private static final String COUNTED_IN = "斤份个個盒箱袋包瓶只隻件条條桶罐提块塊根把串杯双雙套束";

    /** Whether {@link #normalize} would return {@code text} unchanged: no character it rewrites or drops. */
    private static boolean alreadyNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3400' && c < '\uD800') {
                if (SIMPLE[c] != 0 || ((c == '伍' || c == '陆' || c == '陸') && isFormalCount(text, i))) {
                    return false;
                }
            } else if (c < 128) {
                if (c == '\r' || c == '\t' || (c == ' ' && isSpaceInACode(text, i))) {
                    return false;
                }
            } else if ((c >= '\uFF01' && c <= '\uFF5E')
                    || isWideSpace(c)
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u2795'
                    || c == '\u20E3'
                    || c == '\uFE0F'
                    || c == '\u200B'
                    || c == '\uFEFF'
                    || c == '\u200E'
                    || c == '\u200F'
                    || SIMPLE[c] != 0
                    || separatorAt(text, i) > 0
                    || isFormalCount(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** Strips surrounding spaces and the separators people leave around names. */
    public static String trimSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmable(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without a table lookup for printable ASCII and for the characters
     * past {@code U+3000} (Han, kana, full-width forms), none of which is a space.
     */
    public static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        return (c < ' ' || (c > '~' && c <= '\u3000')) && Character.isWhitespace(c);
    }

    private static boolean isTrimmable(char c) {
        return isSpace(c)
                || c == ','
                || c == '、'
                || c == ':'
                || c == ';'
                || c == '.'
                || c == '-'
                || c == '—'
                || c == '~'
                || c == '@'
                || c == '。'
                || c == '|'
                || c == '‖'
                || c == '｜'
                || c == '/'
                || c == '_';
    }
}
