using Acme.Archive;

// SOPInstanceUID is not searchable on /studies in this profile: this line must not compile.
Console.WriteLine(Qido.Studies().SOPInstanceUID("1.2.3").Build().PathAndQuery);
