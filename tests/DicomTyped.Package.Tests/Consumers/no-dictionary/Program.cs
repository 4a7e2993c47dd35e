using Acme.Archive;

Console.WriteLine(Qido.Studies().PatientID("PKG-1").Build().PathAndQuery);
