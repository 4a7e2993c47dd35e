using System;
using Xunit;
using AzureV2 = DicomTyped.Profiles.AzureDicomV2;

namespace DicomTyped.Tests.Query;

/// <summary>
/// Facts of the Azure DICOM service v2 conformance statement, as the azure-dicom-v2 profile must offer them: ranges on
/// every searchable DA/DT/TM attribute (its "Range Query" row: StudyDate, PatientBirthDate; the query parser decides by
/// VR, so PerformedProcedureStepStartDate too) and fuzzy matching on every searchable PN attribute.
/// </summary>
public sealed class ConformanceFactTests
{
    [Fact]
    public void Azure_patient_birth_date_takes_a_range() =>
        Assert.Equal("studies?PatientBirthDate=19700101-19801231",
            AzureV2.Qido.Studies().PatientBirthDateBetween(new DateOnly(1970, 1, 1), new DateOnly(1980, 12, 31)).ToString());

    [Fact]
    public void Azure_patient_birth_date_takes_open_ranges() =>
        Assert.Equal("series?PatientBirthDate=-19991231",
            AzureV2.Qido.Series().PatientBirthDateUntil(new DateOnly(1999, 12, 31)).ToString());

    [Fact]
    public void Azure_performed_procedure_step_start_date_takes_a_range() =>
        Assert.Equal("instances?PerformedProcedureStepStartDate=20240101-",
            AzureV2.Qido.Instances().PerformedProcedureStepStartDateFrom(new DateOnly(2024, 1, 1)).ToString());

    [Fact]
    public void Azure_referring_physician_name_takes_fuzzy_matching() =>
        Assert.Equal("studies?ReferringPhysicianName=smi&fuzzymatching=true",
            AzureV2.Qido.Studies().ReferringPhysicianNameFuzzy("smi").ToString());
}
