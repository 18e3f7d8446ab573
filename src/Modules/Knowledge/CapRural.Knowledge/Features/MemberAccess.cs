using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features;

internal static class MemberAccess
{
    /// <summary>
    /// The member behind the <c>X-Member-Token</c>. An unknown token, or the token of someone who left
    /// the group or was erased, is a wrong credential: 401, as for a missing one.
    /// </summary>
    public static async Task<MemberToken> FindMemberTokenAsync(this KnowledgeDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(caller.MemberToken))
        {
            var hash = SecretToken.Hash(caller.MemberToken);
            var token = await db.MemberTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            var gone = token is not null && await db.Members.AnyAsync(
                m => m.ApplicationId == token.ApplicationId && (m.LeftAt != null || m.Erased), cancellationToken);
            if (token is not null && !gone && SecretToken.Matches(caller.MemberToken, token.TokenHash))
            {
                return token;
            }
        }

        throw new UnauthorizedException(Localized.Pick(
            "Ce jeton de membre n'est pas (ou plus) valable.", "This member token is not (or no longer) valid."));
    }
}
