<?xml version="1.0"?>
<!-- Prints the call graph of a profile (docs/profile.rng, version 2): the
     summary's, or region $region's:
     with -stringparam what calls (default): one line per <call>,
       "caller<TAB>callee<TAB>calls<TAB>value" (names from the frames);
     with -stringparam what nodes: one line per <node>,
       "id<TAB>parent<TAB>name<TAB>calls<TAB>value<TAB>value.incl";
     value: metric $metric (default Ir.incl for calls, Ir for nodes), 0
     where left out. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="region" select="''"/>
  <xsl:param name="what" select="'calls'"/>
  <xsl:param name="metric" select="''"/>
  <xsl:key name="frame" match="/profile/frames/frame" use="@id"/>
  <xsl:template match="/">
    <xsl:variable name="costs" select="/profile/summary[$region = ''] | /profile/region[$region != '' and @name = $region]"/>
    <xsl:choose>
      <xsl:when test="$what = 'nodes'">
        <xsl:apply-templates select="$costs/node"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$costs/call"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="value">
    <xsl:param name="m"/>
    <xsl:choose>
      <xsl:when test="@*[name() = $m]"><xsl:value-of select="@*[name() = $m]"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="call">
    <xsl:value-of select="key('frame', @from)/@name"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="key('frame', @to)/@name"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="@calls"/><xsl:text>&#9;</xsl:text>
    <xsl:call-template name="value">
      <xsl:with-param name="m" select="concat(substring('Ir.incl', 1, 7 * ($metric = '')), $metric)"/>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="node">
    <xsl:variable name="m" select="concat(substring('Ir', 1, 2 * ($metric = '')), $metric)"/>
    <xsl:value-of select="@id"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="@parent"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="key('frame', @frame)/@name"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="@calls"/><xsl:text>&#9;</xsl:text>
    <xsl:call-template name="value"><xsl:with-param name="m" select="$m"/></xsl:call-template>
    <xsl:text>&#9;</xsl:text>
    <xsl:call-template name="value"><xsl:with-param name="m" select="concat($m, '.incl')"/></xsl:call-template>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
