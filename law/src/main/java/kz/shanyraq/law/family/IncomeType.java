package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Types of income the registry knows. Which of them count for targeted social assistance is a dated parameter
 * ({@code asp.income.excluded-types}), not a property of the type.
 */
public enum IncomeType {
    @JsonProperty("wage") WAGE,
    @JsonProperty("entrepreneurial") ENTREPRENEURIAL,
    @JsonProperty("pension") PENSION,
    @JsonProperty("social-benefit") SOCIAL_BENEFIT,
    @JsonProperty("multichild-allowance") MULTICHILD_ALLOWANCE,
    @JsonProperty("awarded-mother-allowance") AWARDED_MOTHER_ALLOWANCE,
    @JsonProperty("child-disability-benefit") CHILD_DISABILITY_BENEFIT,
    @JsonProperty("scholarship") SCHOLARSHIP,
    @JsonProperty("alimony") ALIMONY,
    @JsonProperty("subsidiary-farming") SUBSIDIARY_FARMING,
    @JsonProperty("property-rent-or-sale") PROPERTY_RENT_OR_SALE,
    @JsonProperty("securities") SECURITIES,
    @JsonProperty("gifts-and-inheritance") GIFTS_AND_INHERITANCE,
    @JsonProperty("credit") CREDIT,
    @JsonProperty("deposit-interest") DEPOSIT_INTEREST,
    @JsonProperty("money-transfers") MONEY_TRANSFERS,
    @JsonProperty("winnings") WINNINGS,
    @JsonProperty("employment-measures") EMPLOYMENT_MEASURES,
    @JsonProperty("relocation-subsidy") RELOCATION_SUBSIDY,
    @JsonProperty("targeted-social-assistance") TARGETED_SOCIAL_ASSISTANCE,
    @JsonProperty("other") OTHER;

    /** The code used in files and parameters, e.g. {@code multichild-allowance}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
