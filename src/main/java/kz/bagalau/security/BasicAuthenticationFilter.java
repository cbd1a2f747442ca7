package kz.bagalau.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against the Camunda identity for {@code /engine-rest} and {@code /api}.
 * <p>
 * The engine's REST API is open by default; this filter closes it. On success the engine's
 * current authentication is set for the request, so every engine call made while serving it
 * is checked against the caller's authorizations; it is always cleared afterwards.
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final TransactionOperations transactions;
    private final String requiredGroup;

    /**
     * @param transactions  the password check and the two membership lookups run in one transaction (three
     *                      engine commands would open three, each with its own connection checkout and commit)
     * @param requiredGroup a group the caller must belong to, or {@code null} for any valid login
     */
    BasicAuthenticationFilter(IdentityService identityService, TransactionOperations transactions,
                              String requiredGroup) {
        this.identityService = identityService;
        this.transactions = transactions;
        this.requiredGroup = requiredGroup;
    }

    /** Who called: the login with its groups and tenants. */
    private record Caller(String userId, List<String> groups, List<String> tenants) {}

    /** Health stays public so that load balancers and orchestrators can probe it. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            unauthorized(response, "Authentication required");
            return;
        }
        Caller caller = transactions.execute(status -> authenticate(credentials[0], credentials[1]));
        if (caller == null) {
            unauthorized(response, "Wrong user name or password, or too many failed attempts");
            return;
        }
        String userId = caller.userId();
        List<String> groups = caller.groups();
        List<String> tenants = caller.tenants();
        if (requiredGroup != null && !groups.contains(requiredGroup)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Only administrators may use this endpoint\"}");
            return;
        }
        identityService.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Caller authenticate(String userId, String password) {
        // The engine throttles failed logins itself (a growing delay, then a lock-out after
        // loginMaxAttempts): a throttled attempt is refused here like a wrong password.
        if (!identityService.checkPassword(userId, password)) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return new Caller(userId, groups, tenants);
    }

    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void unauthorized(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Bagalau\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + message + "\"}");
    }
}
