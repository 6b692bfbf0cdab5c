using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Computes a year's published figures from the facts: for each indicator of the catalogue the recorded data
/// support, a main table (its grand total is the indicator's figure) and its breakdowns; the path from detection to
/// the B-card; the durations between steps. Every table goes through disclosure control.
/// </summary>
public sealed class StatisticsCalculator(StatisticsFacts facts, StatisticsOptions options)
{
    public const string Persons = "Persons";
    public const string Documents = "Documents";

    /// <summary>Figures derived from catalogue indicators, for the path and for Eurostat.</summary>
    public const string FirstACardId = "persons-first-a-card";
    public const string RegisteredId = "registered-victims";

    private readonly TableBuilder _tables = new(options.Rules);

    public DisclosureRules Rules => options.Rules;

    /// <param name="withBreakdowns">False for the years of a trend, which need the totals only.</param>
    public YearFigures Year(int year, string? district, bool withBreakdowns = true) =>
        district is null ? National(year, withBreakdowns) : DistrictView(year, district);

    /// <summary>
    /// One judicial district's figures, cut so that no subtraction from the national ones reveals a small count. A
    /// district's figure is its cell of the national table "by judicial district" of the same indicator: that table is
    /// protected as a whole (primary and secondary suppression, the national figure as its total), so a district, the
    /// other districts and Belgium cannot be played against each other. Breakdowns inside a district, its durations
    /// and its case law are not published: they would be new tables, each subtractable from its national twin.
    /// An indicator with no such table (the criminal cases charged, dismissed and judged) has no district figure.
    /// </summary>
    private YearFigures DistrictView(int year, string district)
    {
        var national = National(year, withBreakdowns: true);
        var select = new YearSelection(facts, year, null);
        var persons = new Dictionary<string, IReadOnlyList<CountedPerson>>
        {
            [StatisticsDefinitions.PersonsDetected.Id] = select.Detected(),
            [StatisticsDefinitions.PersonsReferred.Id] = select.Referred(),
            [StatisticsDefinitions.PersonsEnteringProcedure.Id] = select.EnteringProcedure(),
            [StatisticsDefinitions.PersonsIdentified.Id] = select.Identified(),
            [StatisticsDefinitions.PermanentPermits.Id] = select.PermanentPermits(),
            [StatisticsDefinitions.Exits.Id] = select.Exits(),
            [StatisticsDefinitions.PersonsAssisted.Id] = select.Assisted(),
            [StatisticsDefinitions.VictimsInProceedings.Id] = select.VictimsInProceedings(),
            [FirstACardId] = select.FirstACard(),
            [RegisteredId] = select.Registered(),
        };
        StatTable? ByDistrict(IndicatorFigures indicator) =>
            indicator.Tables.FirstOrDefault(t => t.Id == $"{indicator.Id}.judicial-district")
            ?? (persons.TryGetValue(indicator.Id, out var counted)
                ? _tables.OneWay($"{indicator.Id}.judicial-district", indicator.Id, "By judicial district", "Judicial district", Persons, counted,
                    p => StatisticsLabels.DistrictCode(p.District), StatisticsLabels.JudicialDistricts)
                : indicator.Id == StatisticsDefinitions.DocumentsIssued.Id
                    ? _tables.OneWay($"{indicator.Id}.judicial-district", indicator.Id, "By judicial district", "Judicial district", Documents, select.Documents(),
                        d => StatisticsLabels.DistrictCode(d.District), StatisticsLabels.JudicialDistricts)
                    : null);
        var indicators = national.Indicators.Select(indicator =>
        {
            if (!indicator.IsRecorded)
            {
                return indicator with { Tables = [] };
            }

            var table = ByDistrict(indicator);
            var cell = table?.Rows.Single(r => r.Label.Code == district).Cells[0] ?? StatCell.Empty;
            return indicator with { Total = cell, Tables = table is null ? [] : [table] };
        }).ToList();
        var durations = national.Durations with
        {
            Rows = [.. national.Durations.Rows.Select(r => r with { Cells = [.. r.Cells.Select(_ => StatCell.Empty)] })],
        };
        return new YearFigures(year, district, indicators, Funnel(indicators), durations);
    }

    private YearFigures National(int year, bool withBreakdowns)
    {
        const string? district = null;
        var select = new YearSelection(facts, year, district);
        var cases = select.Cases();
        var proceedings = new ProceedingsIndicators(_tables);
        var computed = new Dictionary<string, IndicatorFigures>
        {
            [StatisticsDefinitions.PersonsDetected.Id] = PersonIndicator(StatisticsDefinitions.PersonsDetected, select.Detected(), withBreakdowns,
                p => withBreakdowns ? DetectionBreakdowns(p, district) : []),
            [StatisticsDefinitions.PersonsReferred.Id] = PersonIndicator(StatisticsDefinitions.PersonsReferred, select.Referred(), withBreakdowns,
                p => [CentreTable(StatisticsDefinitions.PersonsReferred.Id, p)]),
            [StatisticsDefinitions.PersonsEnteringProcedure.Id] = PersonIndicator(StatisticsDefinitions.PersonsEnteringProcedure, select.EnteringProcedure(),
                withBreakdowns, p => [CentreTable(StatisticsDefinitions.PersonsEnteringProcedure.Id, p)]),
            [StatisticsDefinitions.PersonsIdentified.Id] = PersonIndicator(StatisticsDefinitions.PersonsIdentified, select.Identified(), withBreakdowns, _ => []),
            [StatisticsDefinitions.DocumentsIssued.Id] = DocumentIndicator(select.Documents(), withBreakdowns),
            [StatisticsDefinitions.PermanentPermits.Id] = PersonIndicator(StatisticsDefinitions.PermanentPermits, select.PermanentPermits(), withBreakdowns, _ => []),
            [StatisticsDefinitions.Exits.Id] = PersonIndicator(StatisticsDefinitions.Exits, select.Exits(), withBreakdowns, p => [ExitTable(p)]),
            [StatisticsDefinitions.PersonsAssisted.Id] = PersonIndicator(StatisticsDefinitions.PersonsAssisted, select.Assisted(), withBreakdowns,
                p => [CentreTable(StatisticsDefinitions.PersonsAssisted.Id, p)]),
            [StatisticsDefinitions.ProceedingsOpened.Id] = proceedings.Opened(cases, withBreakdowns, district),
            [StatisticsDefinitions.VictimsInProceedings.Id] = PersonIndicator(StatisticsDefinitions.VictimsInProceedings, select.VictimsInProceedings(),
                withBreakdowns, _ => []),
            [StatisticsDefinitions.ProceedingsCharged.Id] = proceedings.Charged(cases, withBreakdowns),
            [StatisticsDefinitions.ProceedingsDismissed.Id] = proceedings.Dismissed(cases, withBreakdowns),
            [StatisticsDefinitions.ConvictionJudgments.Id] = proceedings.Convictions(cases, withBreakdowns),
        };

        var indicators = StatisticsDefinitions.All
            .Select(d => computed.TryGetValue(d.Id, out var figures) ? figures : NotRecorded(d))
            .Append(Derived(FirstACardId, "Persons issued a first A-card",
                "Distinct persons whose first A-card of the procedure was issued in the reference year (the A-card issues of documents-issued, counted in persons).",
                select.FirstACard(), withBreakdowns))
            .Append(Registered(select.Registered()))
            .ToList();

        return new YearFigures(year, district, indicators, Funnel(indicators),
            DurationsTable(select.DetectionToAcknowledgement(), select.ReflectionToIdentificationDays()));
    }

    /// <summary>The steps of a victim's path, each the total of its own published table.</summary>
    public static IReadOnlyList<(string Id, string Label)> PathSteps { get; } =
    [
        (StatisticsDefinitions.PersonsDetected.Id, "Detected"),
        (StatisticsDefinitions.PersonsReferred.Id, "Referred to a specialised centre"),
        (StatisticsDefinitions.PersonsEnteringProcedure.Id, "Entered the residence procedure (reflection)"),
        (StatisticsDefinitions.PersonsIdentified.Id, "Identified by the prosecutor"),
        (FirstACardId, "First A-card"),
        (StatisticsDefinitions.PermanentPermits.Id, "B-card"),
    ];

    private StatTable Funnel(IReadOnlyList<IndicatorFigures> indicators) => TableBuilder.Figures("path", "From detection to the B-card", "Step", Persons,
        [new StatLabel("count", Persons)],
        [.. PathSteps.Select(s => new StatRow(new StatLabel(s.Id, s.Label), [indicators.Single(i => i.Id == s.Id).Total ?? StatCell.Empty], null))]);

    private IndicatorFigures PersonIndicator(IndicatorDefinition definition, IReadOnlyList<CountedPerson> persons, bool withBreakdowns,
        Func<IReadOnlyList<CountedPerson>, IEnumerable<StatTable>> specific) =>
        PersonFigures(definition.Id, definition.Title, definition.Definition, definition, persons, withBreakdowns, specific);

    private IndicatorFigures Derived(string id, string title, string definition, IReadOnlyList<CountedPerson> persons, bool withBreakdowns) =>
        PersonFigures(id, title, definition, null, persons, withBreakdowns, _ => []);

    private IndicatorFigures PersonFigures(string id, string title, string definition, IndicatorDefinition? catalogue, IReadOnlyList<CountedPerson> persons,
        bool withBreakdowns, Func<IReadOnlyList<CountedPerson>, IEnumerable<StatTable>> specific)
    {
        var main = _tables.Cross($"{id}.sex-by-age", id, "By sex and age", "Sex", Persons, persons,
            p => p.Profile.Sex, p => Breakdowns.EurostatAge(p.Profile, p.On), StatisticsLabels.Sexes, StatisticsLabels.EurostatAges);
        IEnumerable<StatTable> tables = [main];
        if (withBreakdowns)
        {
            tables = tables.Concat(
            [
                _tables.OneWay($"{id}.immigration-office-age", id, "By age band of the Immigration Office", "Age", Persons, persons,
                    p => Breakdowns.ImmigrationOfficeAge(p.Profile, p.On), StatisticsLabels.ImmigrationOfficeAges),
                _tables.OneWay($"{id}.citizenship", id, "By citizenship", "Citizenship", Persons, persons,
                    p => p.Profile.Citizenship, StatisticsLabels.Citizenships),
                NationalityTable(id, Persons, persons.Select(p => p.Profile.Nationality).ToList()),
                _tables.OneWay($"{id}.exploitation", id, "By form of exploitation", "Form of exploitation", Persons, persons,
                    p => Breakdowns.Exploitation(p.Profile), StatisticsLabels.ExploitationGroups),
            ]).Concat(specific(persons));
        }

        return new IndicatorFigures(id, title, definition, catalogue, null, main.GrandTotal, [.. tables]);
    }

    private IndicatorFigures DocumentIndicator(IReadOnlyList<CountedDocument> documents, bool withBreakdowns)
    {
        var definition = StatisticsDefinitions.DocumentsIssued;
        var id = definition.Id;
        var main = _tables.Cross($"{id}.type-by-sex", id, "By type of document and sex", "Document", Documents, documents,
            d => d.Document.Type, d => d.Profile.Sex, StatisticsLabels.DocumentTypes, StatisticsLabels.Sexes);
        IReadOnlyList<StatTable> tables = withBreakdowns
            ?
            [
                main,
                _tables.Cross($"{id}.type-by-age", id, "By type of document and age band of the Immigration Office", "Document", Documents, documents,
                    d => d.Document.Type, d => Breakdowns.ImmigrationOfficeAge(d.Profile, d.Document.On), StatisticsLabels.DocumentTypes,
                    StatisticsLabels.ImmigrationOfficeAges),
                NationalityTable(id, Documents, documents.Select(d => d.Profile.Nationality).ToList()),
            ]
            : [main];
        return new IndicatorFigures(id, definition.Title, definition.Definition, definition, null, main.GrandTotal, tables);
    }

    /// <summary>
    /// Eurostat's table of registered victims: sex × age × citizenship by form of exploitation. Victims of aggravated
    /// smuggling alone are left out, as the domain requires for Eurostat's trafficking tables.
    /// </summary>
    private IndicatorFigures Registered(IReadOnlyList<CountedPerson> persons)
    {
        var rows = (from sex in StatisticsLabels.Sexes
                    from age in StatisticsLabels.EurostatAges
                    from citizenship in StatisticsLabels.Citizenships
                    select new Category<(EurostatSex, EurostatAgeBand, EurostatCitizenshipGroup)>(
                        (sex.Key, age.Key, citizenship.Key),
                        new StatLabel(
                            string.Join('.', EurostatCodes.Sex(sex.Key), EurostatCodes.Age(age.Key), EurostatCodes.Citizenship(citizenship.Key)),
                            string.Join(" · ", sex.Label.Text, age.Label.Text, citizenship.Label.Text),
                            LabelKind.Text,
                            [sex.Label.Text, age.Label.Text, citizenship.Label.Text]))).ToList();
        var columns = EurostatCodes.Forms
            .Select(f => new Category<string>(EurostatCodes.Form(f), new StatLabel(EurostatCodes.Form(f),
                f is { } form ? StatisticsLabels.Of(Breakdowns.GroupOf(form)) : StatisticsLabels.NotRecorded)))
            .ToList();
        var table = _tables.Cross($"{RegisteredId}.eurostat", RegisteredId, "By sex, age and citizenship (rows) and form of exploitation (columns)",
            "Sex · age · citizenship", Persons, persons.Where(p => Breakdowns.InEurostatTables(p.Profile)),
            p => (p.Profile.Sex, Breakdowns.EurostatAge(p.Profile, p.On), p.Profile.Citizenship),
            p => EurostatCodes.Form(Breakdowns.EurostatFormOf(p.Profile)), rows, columns);
        return new IndicatorFigures(RegisteredId, "Registered victims (Eurostat)",
            "Distinct persons who entered the residence procedure (presumed victims) or were identified (identified victims) in the reference year, counted once, placed by the earlier of the two events; victims of aggravated smuggling alone are left out.",
            null, null, table.GrandTotal, [table]);
    }

    private IEnumerable<StatTable> DetectionBreakdowns(IReadOnlyList<CountedPerson> persons, string? district)
    {
        var id = StatisticsDefinitions.PersonsDetected.Id;
        yield return _tables.OneWay($"{id}.detecting-service", id, "By kind of detecting service", "Detecting service", Persons, persons,
            p => p.Organisation, StatisticsLabels.OrganisationKinds);
        if (district is null)
        {
            yield return _tables.OneWay($"{id}.judicial-district", id, "By judicial district", "Judicial district", Persons, persons,
                p => StatisticsLabels.DistrictCode(p.District), StatisticsLabels.JudicialDistricts);
        }
    }

    private StatTable CentreTable(string id, IReadOnlyList<CountedPerson> persons) =>
        _tables.OneWay($"{id}.centre", id, "By specialised centre", "Centre", Persons, persons, p => p.Centre, StatisticsLabels.Centres);

    private StatTable ExitTable(IReadOnlyList<CountedPerson> persons)
    {
        var id = StatisticsDefinitions.Exits.Id;
        return _tables.OneWay($"{id}.reason", id, "By reason of exit", "Reason", Persons, persons,
            p => p.Exit!.Value, StatisticsLabels.ExitReasons);
    }

    /// <summary>
    /// Only nationalities shared by at least as many persons as the threshold are named: the name of a rare
    /// nationality would itself point at someone, even with its count withheld. The rest are grouped.
    /// </summary>
    private StatTable NationalityTable(string id, string unit, IReadOnlyList<string?> nationalities)
    {
        var named = nationalities.OfType<string>().CountBy(n => n)
            .Where(g => !options.Rules.IsSensitive(g.Value) && g.Value > 0)
            .OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(options.TopNationalities)
            .Select(g => g.Key)
            .ToList();
        var rows = named.Select(n => new Category<string>(n, new StatLabel(n, n, LabelKind.Country)))
            .Append(new Category<string>(StatisticsLabels.OtherNationalitiesCode, new StatLabel(StatisticsLabels.OtherNationalitiesCode, "Other nationalities")))
            .Append(new Category<string>(StatisticsLabels.NotRecordedCode, new StatLabel(StatisticsLabels.NotRecordedCode, StatisticsLabels.NotRecorded)))
            .ToList();
        return _tables.OneWay($"{id}.nationality", id, "By nationality", "Nationality", unit, nationalities,
            n => n is null ? StatisticsLabels.NotRecordedCode : named.Contains(n) ? n : StatisticsLabels.OtherNationalitiesCode, rows);
    }

    private static IndicatorFigures NotRecorded(IndicatorDefinition definition) =>
        new(definition.Id, definition.Title, definition.Definition, definition,
            NotRecordedReasons.GetValueOrDefault(definition.Id, "The records this figure is computed from are not kept in the system yet."), null, []);

    /// <summary>Why an indicator of the catalogue has no figure yet: its source is not recorded in the system.</summary>
    public static IReadOnlyDictionary<string, string> NotRecordedReasons { get; } = new Dictionary<string, string>
    {
        [StatisticsDefinitions.PersonsSuspected.Id] = "Suspects are registered in the police's own database, not in the system: their figures can only be imported.",
        [StatisticsDefinitions.PersonsCharged.Id] = "The register of criminal proceedings records cases, not the suspects charged: persons charged can only be imported (the cases brought before a trial court are counted in proceedings-charged).",
        [StatisticsDefinitions.PersonsConvicted.Id] = "Judgments are recorded without the persons they convict: convicted persons can only be imported (the judgments of conviction are counted in conviction-judgments).",
        [StatisticsDefinitions.VictimsCompensated.Id] = "Compensation awarded to victims is not recorded in the system yet.",
    };

    private StatTable DurationsTable(IReadOnlyList<NodaTime.Duration> acknowledgement, IReadOnlyList<int> identificationDays)
    {
        var columns = new[]
        {
            new StatLabel("count", Persons), new StatLabel("lower-quartile", "Lower quartile"), new StatLabel("median", "Median"),
            new StatLabel("upper-quartile", "Upper quartile"),
        };
        var hours = Durations.Of(acknowledgement);
        var days = Durations.OfDays(identificationDays);
        return TableBuilder.Figures("durations", "Time between steps (medians and quartiles)", "Between", string.Empty, columns,
        [
            DurationRow("detection-to-acknowledgement", "From detection to the centre's acknowledgement of the referral (hours)", acknowledgement.Count,
                hours is null ? null : [hours.Lower.TotalHours, hours.Median.TotalHours, hours.Upper.TotalHours]),
            DurationRow("reflection-to-identification", "From the start of reflection to identification (days)", identificationDays.Count,
                days is null ? null : [days.Lower, days.Median, days.Upper]),
        ]);
    }

    /// <summary>A quartile of fewer persons than the threshold comes close to one person's own wait: withheld with the count.</summary>
    private StatRow DurationRow(string code, string label, int count, double[]? quartiles)
    {
        var withheld = options.Rules.IsSensitive(count);
        StatCell Cell(double value) => withheld ? new StatCell(null, SuppressionReason.Primary) : new StatCell(Math.Round((decimal)value, 1));
        return new StatRow(new StatLabel(code, label),
        [
            withheld ? new StatCell(null, SuppressionReason.Primary) : new StatCell(count),
            .. quartiles is null ? [StatCell.Empty, StatCell.Empty, StatCell.Empty] : quartiles.Select(Cell),
        ], null);
    }
}
