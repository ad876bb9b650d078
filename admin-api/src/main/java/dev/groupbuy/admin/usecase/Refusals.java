package dev.groupbuy.admin.usecase;

import dev.groupbuy.admin.web.ApiProblems;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A use case's answer for the API: its value, or its refusal as problem JSON with the matching status. */
public final class Refusals {

    /** Who acts through the admin API: an operator holding an admin token. */
    public static final Actor OPERATOR = Actor.Operator.api("api");

    private Refusals() {}

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
