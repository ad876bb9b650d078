package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * What the food is for, written after the order: {@code 1箱 咳嗽炖梨水}, {@code 2斤 绞馅 包牛肉饺子},
 * {@code 1斤半 炸鸡腿}, {@code 1公斤 卤牛肉用}, {@code 生姜一斤 煮姜汤}, {@code 孙子就喜欢菜薹炒腊肉}. A product word glued
 * after a verb of cooking or eating,
 * once the line has given a count, names the dish it goes into — a remark, not one more product or one the deal
 * does not sell.
 */
public final class Purposes {

    /**
     * Verbs of cooking a resident writes before the dish ({@code 炖}, {@code 包饺子}, {@code 红烧}), and of eating or
     * liking it ({@code 孙子爱恰粉蒸肉}: 恰 is 吃 in Jiangxi and Hunan, 嗦 sucking up snails or noodles).
     */
    private static final List<String> COOKING = List.of(
            "炖", "煮", "熬", "煲", "煎", "炸", "卤", "包", "做", "蒸", "炒", "烤", "腌", "拌", "焖", "烧", "涮", "红烧", "凉拌", "清蒸", "做成",
            "用来", "吃", "喝", "恰", "嗦", "喜欢", "爱", "泡");

    private Purposes() {}

    public static List<Token> read(List<Token> tokens) {
        List<Token> out = null;
        boolean counted = false;
        for (int k = 0; k < (out == null ? tokens : out).size(); k++) {
            List<Token> in = out == null ? tokens : out;
            Token t = in.get(k);
            if (t.is(TokenKind.NUMBER)) {
                counted = true;
            }
            if (!counted || !t.is(TokenKind.TEXT) || k + 1 >= in.size() || !endsWithCooking(t.text())) {
                continue;
            }
            Token dish = in.get(k + 1);
            if (!dish.is(TokenKind.PRODUCT) || !t.gluedTo(dish) || followedByItsCount(in, k + 1)) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            Token joined = t.joinedAsText(dish);
            out.set(k, joined);
            out.remove(k + 1);
            if (k + 1 < out.size() && out.get(k + 1).is(TokenKind.TEXT) && joined.gluedTo(out.get(k + 1))) {
                out.set(k, joined.joinedAsText(out.get(k + 1))); // 炖梨水: the dish goes on
                out.remove(k + 1);
            }
            k--; // 喜欢菜薹炒腊肉: the words so joined may end with a verb before the next dish
        }
        return out == null ? tokens : out;
    }

    private static boolean endsWithCooking(String text) {
        for (String verb : COOKING) {
            if (text.endsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 炖鸡2只}: the product with a count of its own is ordered, however it will be cooked. */
    private static boolean followedByItsCount(List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.NUMBER)
                && tokens.get(k).gluedTo(tokens.get(k + 1));
    }
}
