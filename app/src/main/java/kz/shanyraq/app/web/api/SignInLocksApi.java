package kz.shanyraq.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.LoginThrottle;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.security.SignInLocks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/admin/sign-in-locks")
@Tag(name = "Sign-in locks", description = "Accounts and client addresses locked after repeated wrong passwords "
        + "(administrators)")
@SecurityRequirement(name = "basic")
class SignInLocksApi {

    private final SignInLocks locks;

    SignInLocksApi(SignInLocks locks) {
        this.locks = locks;
    }

    @GetMapping
    @Operation(summary = "Accounts and addresses locked now",
            description = "kind (ACCOUNT or ADDRESS), key (user name or address), wrong passwords in a row, the last "
                    + "one, and the end of the lock. Administrators only.")
    @ApiResponse(responseCode = "200", description = "The locks, the longest first")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    List<LoginThrottle.Lock> list(@AuthenticationPrincipal ShanyraqUser user) {
        return locks.current(user);
    }

    @DeleteMapping("/{kind}/{key}")
    @Operation(summary = "Unlock an account (kind=account) or a client address (kind=address)",
            description = "Forgets its wrong passwords. Audited (action sign-in-unlocked). Administrators only.")
    @ApiResponse(responseCode = "200", description = "unlocked: whether it was locked")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    Map<String, Object> unlock(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String kind,
                               @PathVariable String key) {
        LoginThrottle.Kind k = switch (kind) {
            case "account" -> LoginThrottle.Kind.ACCOUNT;
            case "address" -> LoginThrottle.Kind.ADDRESS;
            default -> throw new InvalidRequestException("kind", "kind is 'account' or 'address'");
        };
        return Map.of("kind", kind, "key", key, "unlocked", locks.unlock(user, k, key, "api"));
    }
}
