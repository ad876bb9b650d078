package dev.groupbuy.admin.usecase;

import dev.groupbuy.admin.web.ApiProblems;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A use case's answer for the API: its value, or its refusal as problem JSON with the matching status. */
public final class Refusals {

    /** Who acts through the admin API: an operator holding an admin token. */
    public static final Actor OPERATOR = Actor.Operator.api("api");

    /** The header the web console sends, so that histories say a change came through the console. */
    public static final String CLIENT_HEADER = "X-Groupbuy-Client";

    private static final Actor CONSOLE_OPERATOR = new Actor.Operator("console", Door.CONSOLE);

    private Refusals() {}

    /**
     * Who acts through the current request: an operator in the web console when it says so ({@value
     * #CLIENT_HEADER}: {@code console}), else through the API. Either way the token was checked.
     */
    public static Actor operator() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                        && "console".equals(request.getRequest().getHeader(CLIENT_HEADER))
                ? CONSOLE_OPERATOR
                : OPERATOR;
    }

    /** @throws ErrorResponseException 404, 403, 409 or 422 by the refusal's reason */
    public static <T> T orThrow(ActionResult<T> result) {
        if (result.isDone()) {
            return result.value();
        }
        Refusal refusal = result.refusal();
        throw switch (refusal.reason()) {
            case NOT_FOUND -> ApiProblems.notFound(refusal.detail());
            case NOT_ALLOWED -> problem(HttpStatus.FORBIDDEN, refusal.detail());
            case WRONG_STATE, NOT_CONFIRMED -> ApiProblems.conflict(refusal.detail());
            case INVALID, TOO_LARGE -> ApiProblems.unprocessable(refusal.detail());
        };
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
