using DicomTyped.Client;
using DicomTyped.Dicom;
using DicomTyped.Http;
using DicomTyped.Server;
using PackageConsumer.DicomProfiles.AcmeArchive;

// A consumer of the DicomTyped packages: its own profile (acme.profile) gives it typed builders and records; it
// stores one instance into the embedded server and finds it again with them. Prints what the test asserts.
var ct = CancellationToken.None;
var data = Directory.CreateTempSubdirectory("package-consumer-data-").FullName;
try
{
    await using var host = await DicomWebServerHost.StartAsync(new DicomWebServerOptions { DataDirectory = data }, ct);
    using var client = DicomWebClient.Create(host.BaseAddress);

    var (study, series, instance) = (DicomUid.Generate(), DicomUid.Generate(), DicomUid.Generate());
    var dataset = new DicomDataset();
    dataset.SetUid(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.88.11");
    dataset.SetUid(DicomTags.StudyInstanceUID, study);
    dataset.SetUid(DicomTags.SeriesInstanceUID, series);
    dataset.SetUid(DicomTags.SOPInstanceUID, instance);
    dataset.SetString(DicomTags.PatientID, DicomVR.LO, "PKG-1");
    dataset.SetString(DicomTags.PatientName, DicomVR.PN, "Consumer^Package");
    dataset.SetString(DicomTags.Modality, DicomVR.CS, "SR");
    dataset.SetString(DicomTags.BodyPartExamined, DicomVR.CS, "CHEST");
    dataset.SetString(dataset.GetOrAddPrivateTag(0x0019, "ACME 1.0", 0x10), DicomVR.LO, "HELICAL");
    await client.StoreInstancesAsync(new[] { dataset }, cancellationToken: ct);
    Console.WriteLine($"stored {instance}");

    var studies = await client.SearchAsync(Qido.Studies().PatientID("PKG-1"), ct);
    foreach (StudyMatch match in studies.Items)
    {
        Console.WriteLine($"study {match.StudyInstanceUID} {match.PatientName}");
    }

    var instances = await client.SearchAsync(Qido.Instances().PatientID("PKG-1").IncludeField(InstancesQuery.Field.AcmeScannerMode), ct);
    foreach (InstanceMatch match in instances.Items)
    {
        Console.WriteLine($"instance {match.SOPInstanceUID} {match.AcmeScannerMode}");
    }

    // The extended query tag: the consumer adds it to the server, as on Azure, waits for its reindex, then its typed
    // builder finds the instance stored before the tag existed.
    var added = await client.AddExtendedQueryTagsAsync([new ExtendedQueryTagToAdd("BodyPartExamined", ExtendedQueryTagLevel.Series)], ct);
    using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    var operation = await client.WaitForOperationAsync(added.Id, TimeSpan.FromMilliseconds(100), wait.Token);
    Console.WriteLine($"operation {operation.Status} {operation.PercentComplete}");
    var extended = Qido.Series().BodyPartExamined("CHEST");
    Console.WriteLine($"request {extended.Build().PathAndQuery}");
    var found = await client.SearchAsync(extended, ct);
    foreach (SeriesMatch match in found.Items)
    {
        Console.WriteLine($"series {match.SeriesInstanceUID} {match.BodyPartExamined}");
    }
}
finally
{
    Directory.Delete(data, recursive: true);
}
