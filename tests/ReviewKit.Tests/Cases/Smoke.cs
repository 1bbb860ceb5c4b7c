namespace ReviewKit.Tests.Cases;
public class Smoke { [Fact] public void Builds() => Assert.True(true); }
