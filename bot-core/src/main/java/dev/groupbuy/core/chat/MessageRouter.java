package dev.groupbuy.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * Routes a message through an explicit, ordered list of routes: the first route whose matcher accepts
 * the message and whose handler consumes it wins. A message nobody consumes is chatter, ignored.
 */
public final class MessageRouter {

    private final List<Route> routes;

    public MessageRouter(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Routed route(MessageContext context) {
        for (Route route : routes) {
            if (route.matcher().test(context.message())) {
                Optional<Handling> handling = route.handler().accept(context);
                if (handling.isPresent()) {
                    return new Routed(route.name(), handling.get());
                }
            }
        }
        return new Routed("chatter", Handling.unlocked(() -> Outcome.ignored("chatter")));
    }

    /** The route that took the message and its work. */
    public record Routed(String routeName, Handling handling) {}
}
