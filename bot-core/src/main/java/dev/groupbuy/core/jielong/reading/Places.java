package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.BuildingScanner;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.List;

/**
 * Words that name a place rather than a person: a compound ({@code 云景苑}, {@code 锦绣华庭}, {@code 翠湖湾},
 * {@code 阳光城}, {@code 万科城}), a phase or building in words ({@code 二期}, {@code 五号楼}) or an area. Residents
 * write them before or after their name; they belong to the note.
 */
public final class Places {

    private static final List<String> ENDINGS = List.of(
            "小区", "花园", "公寓", "大厦", "广场", "公馆", "家园", "新村", "华府", "名邸", "国际", "中心", "天地", "一品", "首府", "雅居", "豪庭", "山庄",
            "别墅", "华庭", "名苑", "佳苑", "新城", "社区", "二期", "一期", "三期", "四期", "五期", "号楼", "单元", "苑", "园", "湾", "城", "庭", "府",
            "村", "区", "期", "座", "栋", "幢", "楼", "门", "郡", "墅", "邸", "阁", "轩", "里", "坊", "巷", "弄", "院", "头", "边");

    /**
     * Village words that make a place only after a side or a number ({@code 后街}, {@code 东庄}, {@code 上屋},
     * {@code 尾厝}; {@code 三组}, {@code 八队}): {@code 老庄} and {@code 项目组} stay names and teams.
     */
    private static final String VILLAGE_ENDINGS = "街庄屋寨厝屯坳巷";

    private static final String GROUP_ENDINGS = "组队";

    /** The last characters of the endings: a word ending otherwise is no place, without trying every ending. */
    private static final java.util.BitSet LAST_CHARACTERS = lastCharacters();

    /** Places in a village or a street written before the name ({@code 村东头老赵}, {@code 桥头李嫂}). */
    private static final List<String> VILLAGE_PLACES = List.of(
            "东头", "西头", "南头", "北头", "后头", "前头", "村口", "村头", "村尾", "桥头", "桥边", "路口", "巷口", "街口", "河边", "塘边", "井边", "庙前",
            "庙后", "弄堂口", "弄口", "门口", "大门口", "楼下", "路边", "山头", "坡头", "沟头", "岭头", "坝头", "湾头");

    /** The provinces' one-character names a number plate starts with. */
    static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /** Whether {@code c} is a province's one-character name, as a number plate starts with it. */
    static boolean isPlateProvince(char c) {
        return PLATE_PROVINCES.indexOf(c) >= 0;
    }

    /** {@code 粤B 老黄}, {@code 赣C 小刘}: where a driver's number plate is from, as drivers sign in a group. */
    private static boolean isPlateRegion(String w) {
        return w.length() == 2 && isPlateProvince(w.charAt(0)) && w.charAt(1) >= 'A' && w.charAt(1) <= 'Z';
    }

    /** The side of a town or a hill people live on, written before the name ({@code 城南 卜桂芳}, {@code 山上 老岩}). */
    private static final java.util.Set<String> TOWN_SIDES = java.util.Set.of(
            "城南", "城北", "城东", "城西", "城中", "城里", "城郊", "镇上", "镇里", "街上", "山上", "山下", "后山", "前山", "坝上", "坡上", "沟里");

    /** Endings that make a place only after a direction ({@code 西头}, {@code 南边}). */
    private static final List<String> SIDE_ENDINGS = List.of("头", "边");

    /** {@code 周子轩爸爸}, {@code 陈雨轩妈妈}: a child's name before these is how parents sign in a class group. */
    private static final java.util.Set<String> PARENTS =
            java.util.Set.of("妈妈", "爸爸", "妈", "爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "家长", "麻麻", "粑粑");

    /**
     * Words for anyone, not someone: after a lane they make a nickname of the whole ({@code 后街男孩},
     * {@code 东街少年}), where a given name after it is the person ({@code 尾巷玉兰}).
     */
    private static final java.util.Set<String> PEOPLE_IN_GENERAL =
            java.util.Set.of("男孩", "女孩", "男生", "女生", "少年", "少女", "青年", "姑娘", "小伙", "靓仔", "靓女", "美女", "帅哥");

    private Places() {}

    private static java.util.BitSet lastCharacters() {
        java.util.BitSet out = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (String ending : ENDINGS) {
            out.set(ending.charAt(ending.length() - 1));
        }
        return out;
    }

    /**
     * Whether {@code word} ends like the name of a place: a two-character ending ({@code 花园}, {@code 二期}), or
     * a one-character one ({@code 苑}, {@code 城}, {@code 区}) after two characters or more, or after a direction
     * or number ({@code 东区}, {@code 3栋}); {@code 阿城} stays a name.
     */
    static boolean isPlace(String word) {
        String w = TextNormalizer.trimSeparators(word);
        if (isLandOrVillage(w)) {
            return true;
        }
        if (isFamilyVillage(w)) {
            return true; // 李家庄 王德顺: the village, a word of its own before the name
        }
        if (TOWN_SIDES.contains(w) || isPlateRegion(w)) {
            return true;
        }
        if (w.length() == 2
                && VILLAGE_ENDINGS.indexOf(w.charAt(1)) >= 0
                && ("东南西北中上下前后尾里外新".indexOf(w.charAt(0)) >= 0 || ChineseNumerals.isNumeral(w.charAt(0)))) {
            return true;
        }
        if (w.length() >= 2
                && w.length() <= 3
                && GROUP_ENDINGS.indexOf(w.charAt(w.length() - 1)) >= 0
                && isNumber(w.substring(0, w.length() - 1))) {
            return true;
        }
        if (w.length() >= 2 && "头口尾边前后".indexOf(w.charAt(w.length() - 1)) >= 0) {
            for (String place : VILLAGE_PLACES) {
                if (w.endsWith(place)) {
                    return true; // 村东头, 桥头, 村口, 庙后头: where in the village
                }
            }
        }
        if (word.length() < 2 || !LAST_CHARACTERS.get(word.charAt(word.length() - 1))) {
            return false;
        }
        if (w.length() == 3 && w.charAt(2) == '轩' && NameLikeness.isCommonSurname(w.charAt(0))) {
            return false; // 宋子轩, 韩明轩: a child's full name, as parents sign for their children
        }
        for (String ending : ENDINGS) {
            if (w.endsWith(ending)) {
                if (SIDE_ENDINGS.contains(ending)) {
                    // 西头, 东边; 老李头 and 老边 are names
                    return w.length() == 2 && w.charAt(0) != '老' && isDirectionOrNumber(w.charAt(0));
                }
                return ending.length() > 1 || w.length() >= 3 || isDirectionOrNumber(w.charAt(0));
            }
        }
        return false;
    }

    /**
     * {@code 云景苑小周}, {@code 东门李姐}: a place glued to the front of a nickname is cut off; the name is what
     * follows it when that reads as a nickname ({@link NameLikeness#isNickname}).
     */
    static String withoutPlaceInFront(String name) {
        String once = withoutOnePlaceInFront(name);
        return once.equals(name) ? name : withoutPlaceInFront(once); // 桂溪村四组老杨: the village, its group, who
    }

    /** {@code 李家庄}, {@code 张家营}: a village named after a family. */
    private static boolean isFamilyVillage(String w) {
        return w.length() == 3 && w.charAt(1) == '家' && "庄营屯寨堡沟坝".indexOf(w.charAt(2)) >= 0;
    }

    private static String withoutOnePlaceInFront(String name) {
        if (name.length() < 4) {
            return name;
        }
        if (NameLikeness.startsWithTeam(name)) {
            return name;
        }
        for (int cut = name.length() - 2; cut >= 2; cut--) {
            char last = name.charAt(cut - 1);
            boolean village = VILLAGE_ENDINGS.indexOf(last) >= 0 || GROUP_ENDINGS.indexOf(last) >= 0;
            if (!LAST_CHARACTERS.get(last) && VILLAGE_SIDES.indexOf(last) < 0 && !village) {
                continue;
            }
            String place = name.substring(0, cut);
            String rest = name.substring(cut);
            boolean someone = NameLikeness.isNickname(rest)
                    || (rest.length() >= 4 && !withoutOnePlaceInFront(rest).equals(rest)) // 桂溪村四组老杨
                    || NameLikeness.isSurnameAndKinship(rest)
                    || (village
                            && rest.length() <= 3
                            && rest.chars().allMatch(ch -> ProductFragments.isHan((char) ch))
                            && !PEOPLE_IN_GENERAL.contains(rest));
            if (isPlace(place)
                    && !isFamilyVillage(place) // 石家庄老李: a hometown glued into the nickname stays
                    && someone
                    && ProductFragments.isHan(rest.charAt(0))
                    && !PARENTS.contains(rest)) {
                return rest;
            }
        }
        return name;
    }

    /** Sides of a village or street after its name ({@code 村北}, {@code 屯东}, {@code 巷口}, {@code 村头}). */
    private static final String VILLAGE_SIDES = "东南西北头尾口沿边";

    /** Last characters of a word for land: a bay, pool, dam, slope, ridge, gully, pond, mound, flat. */
    private static final String LANDFORMS = "湾潭坝坡岭沟塘岗坪垸岙洼埠";

    /** Settlements named after a family ({@code 王庄}, {@code 李屯}, {@code 张营}, {@code 刘寨}, {@code 赵堡}). */
    private static final String SURNAMED_SETTLEMENTS = "庄屯营寨堡";

    /** Where a word of land or a settlement is the first: {@code 湾里}, {@code 城里}, {@code 队上}, {@code 坡下}. */
    private static final String SETTLEMENTS = "湾城村队坡镇乡屯寨街巷岭塘坝";

    /**
     * {@code 龙潭}, {@code 刘家坝}, {@code 李村}, {@code 湾里}, {@code 坡上}: a village, a piece of land or "in town", as
     * village chains write before the person ({@code 龙潭 桂枝 A5}).
     */
    static boolean isLandOrVillage(String w) {
        int n = w.length();
        if (n < 2
                || n > 4
                || !w.chars().allMatch(c -> ProductFragments.isHan((char) c))
                || "小老阿".indexOf(w.charAt(0)) >= 0) {
            return false;
        }
        char last = w.charAt(n - 1);
        if (LANDFORMS.indexOf(last) >= 0 || last == '村') {
            return true;
        }
        if (n == 2 && "村屯寨镇".indexOf(w.charAt(0)) >= 0 && VILLAGE_SIDES.indexOf(last) >= 0) {
            return true; // 村北王三爷, 屯东老赵 (河西王姨 is someone's name in the group)
        }
        if (n == 2 && SURNAMED_SETTLEMENTS.indexOf(last) >= 0 && NameLikeness.isCommonSurname(w.charAt(0))) {
            return true; // 王庄 李秀芝, 张营 老赵: a village named after the family that lives there
        }
        return n == 2 && "里上下".indexOf(last) >= 0 && SETTLEMENTS.indexOf(w.charAt(0)) >= 0;
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!ChineseNumerals.isNumeral(s.charAt(i)) && !BuildingScanner.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isDirectionOrNumber(char c) {
        return "东南西北中上下前后新老".indexOf(c) >= 0 || ChineseNumerals.isNumeral(c) || BuildingScanner.isDigit(c);
    }
}
